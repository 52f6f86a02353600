import numpy as np
# Not yet in arrsh: setting flags on a NumPy scalar ("Cannot set flags on array
# scalars."), np.info of a scalar type's docstring, and ndarray.flat (numpy.flatiter).
u = np.flip(np.array(3j))
u.flags.writeable = False
np.info(np.float64(2.0))
x = np.arange(12, dtype=np.int32).reshape(3, 4)
x.flat[3]
