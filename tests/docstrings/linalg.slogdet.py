import numpy as np
import numpy as np
a = np.array([[1, 2], [3, 4]])
(sign, logabsdet) = np.linalg.slogdet(a)
(sign, logabsdet)
sign * np.exp(logabsdet)
a = np.array([ [[1, 2], [3, 4]], [[1, 2], [2, 1]], [[1, 3], [3, 1]] ])
a.shape
sign, logabsdet = np.linalg.slogdet(a)
(sign, logabsdet)
sign * np.exp(logabsdet)
np.linalg.det(np.eye(500) * 0.1)
np.linalg.slogdet(np.eye(500) * 0.1)
