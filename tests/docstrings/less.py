import numpy as np
import numpy as np
np.less([1, 2], [2, 2])
a = np.array([1, 2])
b = np.array([2, 2])
a < b
