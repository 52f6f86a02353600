import numpy as np
from numpy.lib.stride_tricks import as_strided
a = np.arange(5, dtype=np.complex128).reshape((5, 1))
w = a.ravel()
u = np.swapaxes(w, 0, 0)
w = u.view(np.float64)
(w.shape, w.strides, w.flags.c_contiguous, w.flags.f_contiguous, w.flags.owndata)
w
w[...] = 77
a
a = np.arange(16, dtype=np.uint64).reshape((4, 4))
w = np.squeeze(a)
u = np.flip(w, -1)
w = np.squeeze(u)
w.ndim
w.size
w.flags.c_contiguous
w.nbytes
w.flags.f_contiguous
print(w)
np.info(w)
w[...] = 95
a
a = np.arange(3, dtype=np.int32).reshape((3,))
v = a[1::1][:0:7][:0:1]
(v.shape, v.strides, v.flags.c_contiguous, v.flags.f_contiguous, v.flags.owndata)
v
v[...] = 42
a
a = np.arange(2, dtype=np.int64).reshape((2, 1))
v = a[-2:1:-1, 0:][0:0:2, -1][::7]
(v.shape, v.strides, v.flags.c_contiguous, v.flags.f_contiguous, v.flags.owndata)
print(v)
a = np.arange(5, dtype=np.int32).reshape((5,))
v = a[-2::7][-1]
v
type(v)
a = np.arange(45, dtype=np.uint8).reshape((3, 3, 5))
w = a.ravel('A')
u = np.swapaxes(w, 0, -1)
w = np.broadcast_to(u, (2, 45))
w.size
w.flags.c_contiguous
np.shares_memory(w, a)
w.flags
print(w)
w[...] = 92
a
a = np.arange(12, dtype=np.int8).reshape((3, 4))
v = a[..., -7:4:2, 2:5][-1::-2, -2:-1:2]
v.dtype
v.ndim
v.shape
v.strides
np.shares_memory(v, a)
v.size
v
a = np.arange(12, dtype=np.int32).reshape((3, 4))
v = a[-4, None, -3]
a = np.arange(9, dtype=np.complex128).reshape((3, 3))
w = np.lib.stride_tricks.sliding_window_view(a, 3, axis=0)
u = np.flip(w, -1)
u.itemsize
u.nbytes
u.strides
u
np.info(u)
u[...] = (2+3j)
a
a = np.arange(9, dtype=np.float16).reshape((3, 3))
v = a[-8::7, ::-1][-1, 3::2][5:0:-3]
v.ndim
v.size
v.dtype
v.base is a
v.shape
v.strides
print(v)
v[...] = -5
a
a = np.arange(5, dtype=np.uint8).reshape((5,))
v = a[-3]
v
type(v)
a = np.arange(6, dtype=np.int8).reshape((3, 1, 2))
v = a[2:-3:1, :-1, -6::-7][0::-7, 0::3]
v.dtype
v.size
v.base is a
v.flags.c_contiguous
v
a = np.array(3, dtype=np.int32)
w = as_strided(a, shape=(1,), strides=(4,))
u = w.flatten('F')
u.flags.owndata
u.size
u.ndim
u
u[...] = 42
a
