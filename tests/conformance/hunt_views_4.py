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
w = np.atleast_2d(u)
w.dtype
w.flags.c_contiguous
np.shares_memory(w, a)
w.strides
w.flags.writeable
w.flags.owndata
w
a = np.arange(24, dtype=np.int64).reshape((2, 1, 3, 4))
v = a[2:-5][0:0:7, :, ::-2, -8:2:-7, None][0:-5:-3, :-1:1, -2:2:-7, -1, 0]
a = np.arange(4, dtype=np.float32).reshape((4,))
v = a[-2:1:7][2]
a = np.arange(24, dtype=np.int8).reshape((4, 2, 3))
v = a[0:8:1, 1:-7:1, -4]
a = np.arange(48, dtype=np.uint64).reshape((2, 4, 2, 3))
v = a[:-1:3][::1, 6, -1]
a = np.arange(90, dtype=np.float64).reshape((2, 5, 3, 3))
w = np.squeeze(a)
w.flags.f_contiguous
w.ndim
w.flags.owndata
w
np.info(w)
a = np.arange(80, dtype=np.uint64).reshape((5, 4, 2, 2))
v = a[-3, 2:-2:3, 2:-2:7, -2][-4:-4:2, 3::-3]
v.dtype
v.shape
np.shares_memory(v, a)
v.flags.c_contiguous
v.flags.writeable
v.base is a
v.flags
v
a = np.arange(4, dtype=np.uint8).reshape((1, 4))
w = a.flatten()
u = w.reshape((4, -1), order='A')
w = u.imag
w.nbytes
w.itemsize
w.flags.f_contiguous
w
w[...] = 97
a
