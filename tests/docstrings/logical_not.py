import numpy as np
import numpy as np
np.logical_not(3)
np.logical_not([True, False, 0, 1])
x = np.arange(5)
np.logical_not(x<3)
