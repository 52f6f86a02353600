import numpy as np
import numpy as np
np.greater([4,2],[2,2])
a = np.array([4, 2])
b = np.array([2, 2])
a > b
