import numpy as np
from numpy.lib.stride_tricks import as_strided
a = np.arange(0, dtype=np.float64).reshape((0, 4, 4, 4)).T
v = a[None, 5:-2:-2, :-6, :4:-7, 0:0][0, -1:0, 0:, -1, 0:-1:2]
a = np.arange(3, dtype=np.uint16).reshape((3,))
v = a[-2]
v
type(v)
a = np.arange(45, dtype=np.float64).reshape((3, 5, 1, 3)).T
v = a[:3, 0, 0, 0::2][2, 2:1:-1][-1]
a = np.arange(12, dtype=np.uint32).reshape((3, 4))
w = a.T
u = as_strided(a, shape=(2, 2), strides=(12, 4))
w = np.swapaxes(u, -2, -1)
(w.shape, w.strides, w.flags.c_contiguous, w.flags.f_contiguous, w.flags.owndata)
w
w[...] = 91
a
a = np.arange(9, dtype=np.float16).reshape((1, 3, 3))
v = a[-1:1:-3, 1::-7][0:0:-1, 0:-1:-3, -2:1:-1]
(v.shape, v.strides, v.flags.c_contiguous, v.flags.f_contiguous, v.flags.owndata)
v
a = np.arange(10, dtype=np.uint32).reshape((2, 5))
w = a.view(np.complex64)
a = np.array(5, dtype=np.int16)
v = a[...]
v.nbytes
v.ndim
v.itemsize
v
a = np.arange(3, dtype=np.int16).reshape((3,))
a.flags.writeable = False
v = a[...]
v.flags.writeable
v[...] = 1
v.flags.writeable = True
a.flags.writeable = True
a.flags.writeable
a = np.arange(16, dtype=np.float64).reshape((4, 4, 1))
w = a.view(np.uint32)
w.dtype
w.ndim
w.flags.c_contiguous
w.flags.owndata
w.itemsize
print(w)
a = np.array(8, dtype=np.int8)
w = a.ravel('K')
u = w.astype(np.int8)
u.flags.owndata
u.flags.writeable
u.dtype
u.shape
u
np.info(u)
u[...] = -5
a
a = np.arange(3, dtype=np.int16).reshape((3,))
v = a[1::-1][:1:1][::7]
(v.shape, v.strides, v.flags.c_contiguous, v.flags.f_contiguous, v.flags.owndata)
v
np.info(v)
v[...] = 42
a
a = np.arange(2, dtype=np.float32).reshape((1, 2))
v = a[0, 1::-7, None][:-1:-3, None]
(v.shape, v.strides, v.flags.c_contiguous, v.flags.f_contiguous, v.flags.owndata)
print(v)
a = np.arange(9, dtype=np.uint8).reshape((3, 3))
np.moveaxis(a, 2, 0)
np.expand_dims(a, 4)
a.diagonal(0, 0, 0)
a = np.arange(12, dtype=np.uint8).reshape((4, 1, 3)).T
v = a[0, None, :0:-2, -2:-2:1][None, :0:-7, 0:0:3, 0::2]
v.flags.writeable
v.itemsize
v.shape
v
v[...] = 98
a
a = np.arange(2, dtype=np.uint8).reshape((1, 2))
v = a[0:-1:1, -4::-1][:3:7, 0:0][1:-2:2]
v.flags.owndata
v.itemsize
np.shares_memory(v, a)
v.flags.f_contiguous
v.flags.c_contiguous
v
np.info(v)
a = np.arange(60, dtype=np.uint32).reshape((4, 5, 3))
w = a.diagonal(1, 0, 2)
u = w.astype(np.uint32, copy=False)
w = np.lib.stride_tricks.sliding_window_view(u, 1, axis=1)
(w.shape, w.strides, w.flags.c_contiguous, w.flags.f_contiguous, w.flags.owndata)
w
a = np.arange(60, dtype=np.uint32).reshape((4, 1, 3, 5))
v = a[2][0:1:1, 0, None][-2:0:1, :0:1, None, -3:-2:2]
(v.shape, v.strides, v.flags.c_contiguous, v.flags.f_contiguous, v.flags.owndata)
v
np.info(v)
