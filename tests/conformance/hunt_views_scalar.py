import numpy as np
# NumPy scalars support basic indexing: [()] gives the scalar, [...] a 0-d array,
# None a new axis; anything else is an IndexError.
a = np.arange(6, dtype=np.uint8).reshape(2, 3)
a[1, 2][None]
a[1, 2][()]
a[1, 2][...]
a[1, 2][..., None]
np.float32(1.5)[None, None]
np.complex128(2j)[...]
np.True_[()]
np.int64(3)[0]
np.int64(3)[1:]
# item assignment on a scalar names the class 'numpy.complex128'
u = np.flip(np.array(3j))
u
u[...] = -1
u.flags.writeable = False
