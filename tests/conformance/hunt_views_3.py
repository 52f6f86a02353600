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
u = np.moveaxis(w, 1, -1)
u.flags.c_contiguous
u.nbytes
u.itemsize
u.flags.owndata
u
a = np.array(5, dtype=np.int32)
w = a.T
w.flags.f_contiguous
w.base is a
np.shares_memory(w, a)
w.size
w
w[...] = 42
a
a = np.arange(1, dtype=np.complex128).reshape((1,))
w = a.squeeze(0)
u = np.flip(w)
u.ndim
u.flags.owndata
u.base is a
u.flags.writeable
np.shares_memory(u, a)
u
a = (np.arange(4) % 3 == 1).reshape((4,))
v = a[2:-8:3]
(v.shape, v.strides, v.flags.c_contiguous, v.flags.f_contiguous, v.flags.owndata)
v
a = np.arange(9, dtype=np.int16).reshape((3, 3))
a.T[::2].view(np.int8)
a = np.arange(10, dtype=np.int32).reshape((2, 5))
w = np.lib.stride_tricks.sliding_window_view(a, 1, axis=1)
w.size
w.shape
w.itemsize
w
a = np.arange(0, dtype=np.uint64).reshape((0,))
w = a.reshape((0, 0, 0, 0))
u = w.ravel()
w = np.moveaxis(u, -1, 0)
w.itemsize
w.base is a
w.shape
np.shares_memory(w, a)
w
np.info(w)
a = np.arange(15, dtype=np.uint16).reshape((3, 5))
v = a[-7:0, ::-3]
v.strides
v.size
v.nbytes
v.dtype
v
v[...] = 90
a
a = np.arange(2, dtype=np.int16).reshape((2,))
v = a[:0:-1][...][None, 0, None]
v.ndim
v.shape
v.flags.owndata
v.dtype
print(v)
np.info(v)
v[...] = -5
a
a = np.arange(4, dtype=np.int16).reshape((2, 2))
v = a[-2:-2:-1][None, 0:0:2, 1][0::-1, -1]
