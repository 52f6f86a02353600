import numpy as np
import numpy as np
np.modf([0, 3.5])
np.modf(-0.5)
