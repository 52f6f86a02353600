import numpy as np
import numpy as np
a = np.eye(4*6).reshape((4, 6, 8, 3))
ainv = np.linalg.tensorinv(a, ind=2)
ainv.shape
rng = np.random.default_rng()
b = rng.normal(size=(4, 6))
np.allclose(np.tensordot(ainv, b), np.linalg.tensorsolve(a, b))
a = np.eye(4*6).reshape((24, 8, 3))
ainv = np.linalg.tensorinv(a, ind=1)
ainv.shape
rng = np.random.default_rng()
b = rng.normal(size=24)
np.allclose(np.tensordot(ainv, b, 1), np.linalg.tensorsolve(a, b))
