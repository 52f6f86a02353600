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
w = np.rollaxis(a, 0, 1)
u = np.moveaxis(w, 0, -1)
np.shares_memory(u, a)
u.itemsize
u.size
u.ndim
u.flags.writeable
u
a = np.arange(2, dtype=np.int8).reshape((2,))
w = np.ascontiguousarray(a)
u = np.squeeze(w)
w = u.diagonal()
a = np.arange(1, dtype=np.float32).reshape((1, 1))
w = a.squeeze(0)
u = np.flip(w, -1)
u.ndim
u.flags.owndata
u.base is a
u.flags.writeable
np.shares_memory(u, a)
u
np.info(u)
u[...] = -5
a
a = np.arange(8, dtype=np.uint64).reshape((2, 2, 2))
v = a[-7:-1, -1, 0:-5:-2][1:0:-2]
v.size
v.shape
v.itemsize
v
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
a = np.arange(0, dtype=np.float32).reshape((3, 3, 4, 0))
a.T[::2].view(np.int64)
a = np.arange(9, dtype=np.int16).reshape((3, 1, 3))
v = a[2:2:-1, ..., 1:6:-2, -1:-1]
v.strides
v.nbytes
v.flags.writeable
np.shares_memory(v, a)
v.dtype
v
np.info(v)
v[...] = 42
a
