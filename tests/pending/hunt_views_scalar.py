import numpy as np
# Not yet in arrsh: np.info of a scalar type's docstring, and ndarray.flat
# (numpy.flatiter).
np.info(np.float64(2.0))
x = np.arange(12, dtype=np.int32).reshape(3, 4)
x.flat[3]
