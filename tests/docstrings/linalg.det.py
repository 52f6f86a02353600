import numpy as np
import numpy as np
a = np.array([[1, 2], [3, 4]])
np.linalg.det(a)
a = np.array([ [[1, 2], [3, 4]], [[1, 2], [2, 1]], [[1, 3], [3, 1]] ])
a.shape
np.linalg.det(a)
