import numpy as np
import numpy as np
np.identity(3)
