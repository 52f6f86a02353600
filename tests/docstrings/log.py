import numpy as np
import numpy as np
np.log([1, np.e, np.e**2, 0])
