import numpy as np
from numpy.lib.stride_tricks import as_strided
a = np.arange(5, dtype=np.complex128).reshape((5, 1))
w = a.ravel()
u = np.swapaxes(w, 0, 0)
w = u.copy('A')
w.flags.writeable
w.size
w.ndim
np.shares_memory(w, a)
w.flags.owndata
w
a = np.arange(48, dtype=np.uint16).reshape((3, 4, 4))
v = a[1, ::-7, :0:-1]
np.shares_memory(v, a)
v.flags.c_contiguous
v.flags.f_contiguous
v
v[...] = 91
a
a = np.arange(5, dtype=np.int32).reshape((5,))
v = a[4:3:-3]
(v.shape, v.strides, v.flags.c_contiguous, v.flags.f_contiguous, v.flags.owndata)
v
a = np.arange(3, dtype=np.int32).reshape((1, 3)).T
v = a[-2, None]
np.shares_memory(v, a)
v.itemsize
v.dtype
v
a = np.array(9, dtype=np.int64)
v = a[()]
v
type(v)
a = np.arange(2, dtype=np.int64).reshape((1, 2))
a.transpose((0, 1, 2))
a = np.arange(30, dtype=np.uint32).reshape((2, 3, 5))
v = a[None, 1:-1:-3, ..., None, 5, None, -10:-5:-1]
a = np.arange(4, dtype=np.uint8).reshape((4,))
v = a[...]
(v.shape, v.strides, v.flags.c_contiguous, v.flags.f_contiguous, v.flags.owndata)
v
a = np.arange(0, dtype=np.uint8).reshape((5, 0, 4, 4))
v = a[-9:][:-7:-7, 2, -1:-1:1, 4]
a = np.arange(8, dtype=np.int32).reshape((4, 2))
v = a[-2:4, None, 1][-2::2, ::3]
v.flags.owndata
v.shape
v.itemsize
v.flags.writeable
v.flags.c_contiguous
v
v[...] = -5
a
a = np.arange(6, dtype=np.complex64).reshape((2, 3))
w = np.lib.stride_tricks.sliding_window_view(a, 3, axis=1)
w.size
w.flags.writeable
w.dtype
print(w)
w[...] = (2+3j)
a
a = np.array(6, dtype=np.uint64)
v = a[()]
v
type(v)
a = np.arange(18, dtype=np.int64).reshape((3, 3, 2))
a.flags.writeable = False
v = a[...]
v.flags.writeable
v[...] = 1
v.flags.writeable = True
a.flags.writeable = True
a.flags.writeable
a = np.arange(4, dtype=np.int16).reshape((1, 4))
b = np.broadcast_to(a, (2,) + a.shape)
b.flags.writeable
b[...] = 1
a = np.arange(45, dtype=np.int64).reshape((3, 3, 5))
v = a[:1:-7, -1, :4:1][0:1:-3]
(v.shape, v.strides, v.flags.c_contiguous, v.flags.f_contiguous, v.flags.owndata)
print(v)
a = (np.arange(90) % 3 == 1).reshape((3, 3, 5, 2))
v = a[..., None, 0:-1]
v.shape
v.size
v.flags.f_contiguous
v.strides
v.dtype
v.flags.owndata
print(v)
a = (np.arange(15) % 3 == 1).reshape((5, 3, 1))
w = np.lib.stride_tricks.sliding_window_view(a, 4, axis=0)
w.itemsize
np.shares_memory(w, a)
w.base is a
w.shape
w.flags.owndata
w.flags
print(w)
