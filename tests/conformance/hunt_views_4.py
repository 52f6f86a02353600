import numpy as np
from numpy.lib.stride_tricks import as_strided
a = np.arange(12, dtype=np.complex64).reshape((3, 4))
w = np.flip(a)
(w.shape, w.strides, w.flags.c_contiguous, w.flags.f_contiguous, w.flags.owndata)
print(w)
np.info(w)
w[...] = (2+3j)
a
a = np.arange(15, dtype=np.int16).reshape((5, 3, 1))
w = a.reshape((15, 1))
w.itemsize
np.shares_memory(w, a)
w.flags.c_contiguous
w.flags.owndata
w.ndim
w.strides
w
w[...] = -5
a
a = np.arange(3, dtype=np.uint64).reshape((3,))
w = a.flatten('F')
u = w.transpose((0,))
u.size
u.flags.f_contiguous
u.flags.owndata
u.nbytes
u.dtype
print(u)
np.info(u)
a = np.arange(6, dtype=np.complex128).reshape((3, 2))
v = a[..., 2, 1][...][...]
v.flags.f_contiguous
v.nbytes
v.flags.c_contiguous
v.strides
print(v)
a = np.arange(45, dtype=np.uint8).reshape((3, 5, 3))
w = a.diagonal(2, 1, 0)
w.flags.owndata
w.nbytes
w.ndim
np.shares_memory(w, a)
w.size
w.itemsize
w
w[...] = 91
a
a = np.arange(0, dtype=np.uint64).reshape((3, 0))
w = np.squeeze(a)
u = np.lib.stride_tricks.sliding_window_view(w, 1, axis=0)
w = u.reshape((0, -1))
a = np.arange(3, dtype=np.float64).reshape((3, 1)).T
v = a[-2, -1:2]
a = np.arange(18, dtype=np.uint8).reshape((2, 3, 3))
w = a.flatten('F')
u = np.broadcast_to(w, (18,))
w = as_strided(a, shape=(1, 2, 1), strides=(2, 2, 1))
(w.shape, w.strides, w.flags.c_contiguous, w.flags.f_contiguous, w.flags.owndata)
print(w)
a = np.arange(12, dtype=np.complex128).reshape((4, 3))
w = as_strided(a, shape=(3,), strides=(32,))
u = w.T
w = u.flatten('F')
np.shares_memory(w, a)
w.flags.owndata
w.size
w.itemsize
w.base is a
w.flags
print(w)
a = np.array(3, dtype=np.complex64)
v = a[()]
v
type(v)
a = np.arange(9, dtype=np.complex64).reshape((3, 3))
w = np.squeeze(a)
u = w.squeeze(0)
a = np.arange(4, dtype=np.int16).reshape((4,))
w = a.astype(np.int16)
u = np.broadcast_to(w, (2, 4))
(u.shape, u.strides, u.flags.c_contiguous, u.flags.f_contiguous, u.flags.owndata)
u
np.info(u)
a = np.arange(90, dtype=np.float32).reshape((3, 3, 2, 5))
v = a[-1, ..., :4:1][0:-2:-1, ...][0:-3:7, ...]
(v.shape, v.strides, v.flags.c_contiguous, v.flags.f_contiguous, v.flags.owndata)
print(v)
v[...] = -5
a
a = np.array(9, dtype=np.uint8)
w = np.squeeze(a)
u = w.transpose(())
w = u.view(np.float64)
a = np.arange(8, dtype=np.complex64).reshape((4, 2))
w = np.swapaxes(a, 0, -2)
u = w.view(np.complex64)
w = np.swapaxes(u, -1, 0)
w.shape
w.flags.writeable
w.itemsize
w.flags.owndata
w
