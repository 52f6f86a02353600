import numpy as np
import numpy as np
np.less_equal([4, 2, 1], [2, 2, 2])
a = np.array([4, 2, 1])
b = np.array([2, 2, 2])
a <= b
