import numpy as np
# NumPy scalars support basic indexing: [()] gives the scalar, [...] a 0-d array,
# None a new axis (arrsh: "'uint8' object is not subscriptable", src/eval/subscript.rs)
a = np.arange(6, dtype=np.uint8).reshape(2, 3)
a[1, 2][None]
a[1, 2][()]
a[1, 2][...]
a[1, 2][..., None]
np.float32(1.5)[None, None]
np.complex128(2j)[...]
np.True_[()]
# item assignment on a scalar names the class 'numpy.complex128' (src/eval/subscript.rs)
u = np.flip(np.array(3j))
u
u[...] = -1
u.flags.writeable = False
np.info(np.float64(2.0))
# ndarray.flat (numpy.flatiter) is not implemented (src/eval/attrs.rs would need a new
# flatiter value type)
x = np.arange(12, dtype=np.int32).reshape(3, 4)
x.flat[3]
