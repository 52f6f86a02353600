import numpy as np
from numpy.lib.stride_tricks import as_strided
a = np.arange(0, dtype=np.uint16).reshape((2, 0, 2, 1))
v = a[::-1, 2, None, -1:2:3, 0, None]
a = np.arange(2, dtype=np.float64).reshape((2,))
w = as_strided(a, shape=(1,), strides=(24,))
w.size
w.flags.owndata
w.flags.writeable
w.flags.f_contiguous
w.flags
w
a = np.arange(12, dtype=np.uint8).reshape((4, 3)).T
v = a[:-1:2]
v.ndim
v.dtype
v.flags.owndata
v.itemsize
v.flags.c_contiguous
v.flags
v
a = np.arange(4, dtype=np.float16).reshape((4,))
v = a[8:4]
v.itemsize
v.nbytes
v.shape
v.strides
v
a = np.arange(16, dtype=np.int16).reshape((4, 4, 1))
b = np.broadcast_to(a, (2,) + a.shape)
b.flags.writeable
b[...] = 1
a = (np.arange(5) % 3 == 1).reshape((1, 5))
w = np.moveaxis(a, -2, 0)
u = np.atleast_1d(w)
u.flags.f_contiguous
u.flags.writeable
u.ndim
u.size
u.flags.c_contiguous
u.nbytes
u
a = np.arange(6, dtype=np.float32).reshape((2, 1, 3)).T
w = a.transpose((2, 1, 0))
w.flags.f_contiguous
w.itemsize
w.flags.writeable
w
np.info(w)
a = np.arange(12, dtype=np.uint8).reshape((3, 4))
v = a[None, 1::-1, -4:][..., 1:-6:3, -2][0, 0::-1]
v.flags.f_contiguous
v.itemsize
np.shares_memory(v, a)
v.flags.c_contiguous
v.flags
print(v)
v[...] = 95
a
a = np.array(0, dtype=np.float16)
v = a[()]
v
type(v)
a = np.arange(8, dtype=np.uint16).reshape((4, 2)).T
a.squeeze(-3)
a.squeeze(0)
a = np.arange(18, dtype=np.float16).reshape((3, 2, 3))
v = a[None, -3::-7, ..., :-2:-1, None, None, 2]
v.itemsize
v.flags.c_contiguous
v.flags.owndata
print(v)
v[...] = -5
a
a = np.arange(8, dtype=np.uint64).reshape((2, 4, 1))
v = a[-2, :4:1, -1]
v.itemsize
np.shares_memory(v, a)
v.nbytes
v.flags.owndata
v.base is a
v
np.info(v)
v[...] = 92
a
a = np.arange(25, dtype=np.float16).reshape((5, 5))
v = a[None, 7, 1:-4:1]
a = np.arange(10, dtype=np.int64).reshape((5, 2)).T
v = a[None, :, 6:5:-1][0, -1, 0:-1:7][None, -1]
a = np.arange(60, dtype=np.uint32).reshape((4, 5, 3, 1))
w = np.imag(a)
(w.shape, w.strides, w.flags.c_contiguous, w.flags.f_contiguous, w.flags.owndata)
w
np.info(w)
a = np.arange(2, dtype=np.uint8).reshape((2,))
v = a[...][..., -2]
(v.shape, v.strides, v.flags.c_contiguous, v.flags.f_contiguous, v.flags.owndata)
v
np.info(v)
v[...] = 91
a
