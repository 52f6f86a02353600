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
w = np.atleast_1d(a)
u = w.copy('A')
w = np.lib.stride_tricks.sliding_window_view(u, 2, axis=0)
w.nbytes
w.shape
w.base is a
w.flags.f_contiguous
w
w[...] = 99
a
a = np.arange(20, dtype=np.int64).reshape((5, 4)).T
v = a[None, -4, 0][None, 0][1:-1:-3]
v.dtype
v.flags.f_contiguous
v.flags.writeable
v.shape
v.flags.c_contiguous
print(v)
v[...] = 42
a
a = np.array(3, dtype=np.uint8)
w = np.atleast_2d(a)
u = np.lib.stride_tricks.sliding_window_view(w, 1, axis=1)
w = u.flatten('F')
w.flags.owndata
w.flags.f_contiguous
w.ndim
w.size
w
w[...] = 92
a
a = np.array(6, dtype=np.complex128)
w = np.swapaxes(a, 0, 0)
a = np.arange(1, dtype=np.uint8).reshape((1,))
v = a[1:1:3]
v.strides
np.shares_memory(v, a)
v.base is a
v.flags.writeable
print(v)
a = np.arange(4, dtype=np.uint16).reshape((2, 2))
v = a[-4:-1:-3, -2:, None][0]
a = np.arange(3, dtype=np.int64).reshape((3, 1))
v = a[-2, None, 1:0, None]
v.flags.owndata
v.dtype
v.strides
np.shares_memory(v, a)
v
v[...] = 42
a
a = np.arange(3, dtype=np.float16).reshape((3,))
v = a[None, :1:3]
(v.shape, v.strides, v.flags.c_contiguous, v.flags.f_contiguous, v.flags.owndata)
print(v)
a = np.arange(120, dtype=np.uint8).reshape((4, 5, 3, 2)).T
w = a.ravel('F')
(w.shape, w.strides, w.flags.c_contiguous, w.flags.f_contiguous, w.flags.owndata)
w
np.info(w)
a = np.arange(6, dtype=np.float16).reshape((1, 3, 1, 2))
w = a.reshape((3, 2, 1))
u = np.broadcast_to(w, (3, 3, 3, 2, 1))
(u.shape, u.strides, u.flags.c_contiguous, u.flags.f_contiguous, u.flags.owndata)
u
a = np.arange(3, dtype=np.float16).reshape((3,))
v = a[-2:-2:1][None, :0:-7][::-1, None, None, ::2]
v.nbytes
v.ndim
v.size
print(v)
v[...] = 42
a
a = (np.arange(5) % 3 == 1).reshape((5,))
v = a[-5::2]
v.flags.c_contiguous
v.itemsize
v.flags.writeable
v.flags.f_contiguous
v
a = np.arange(15, dtype=np.int64).reshape((5, 3))
v = a[:-7, 0, None]
(v.shape, v.strides, v.flags.c_contiguous, v.flags.f_contiguous, v.flags.owndata)
v
a = np.arange(15, dtype=np.uint64).reshape((3, 5))
v = a[2::7, 2:1:-1]
v.size
v.itemsize
v.base is a
np.shares_memory(v, a)
v
v[...] = 95
a
