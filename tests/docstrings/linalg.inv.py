import numpy as np
import numpy as np
from numpy.linalg import inv
a = np.array([[1., 2.], [3., 4.]])
ainv = inv(a)
np.allclose(a @ ainv, np.eye(2))
np.allclose(ainv @ a, np.eye(2))
ainv = inv(np.matrix(a))
ainv
a = np.array([[[1., 2.], [3., 4.]], [[1, 3], [3, 5]]])
inv(a)
a = np.array([[2,4,6],[2,0,2],[6,8,14]])
inv(a)  # No errors raised
a @ inv(a)
from numpy.linalg import cond
cond(a)
from numpy.linalg import svd
sigma = svd(a, compute_uv=False)  # Do not compute singular vectors
sigma.max()/sigma.min()
