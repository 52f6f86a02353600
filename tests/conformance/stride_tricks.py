import numpy as np
from numpy.lib.stride_tricks import as_strided
# --- broadcast_to
x = np.arange(3)
b = np.broadcast_to(x, (4, 3))
b
b.strides
b.shape
b.flags
b.flags.writeable
b.base is x
np.shares_memory(b, x)
b[0, 0] = 5
b += 1
np.broadcast_to(x, (2, 2, 3)).strides
np.broadcast_to(5, (2, 3))
np.broadcast_to(np.arange(3).reshape(3, 1), (3, 4))
np.broadcast_to(np.arange(3).reshape(3, 1), (3, 4)).strides
np.broadcast_to(x, (3, 4))
np.broadcast_to(x, (3,))
np.broadcast_to(x, 3).shape
np.broadcast_to(x, (0, 3)).shape
np.broadcast_to(np.ones((2, 3)), (3,))
# --- broadcast_arrays
p, q = np.broadcast_arrays(np.arange(3), np.arange(4).reshape(4, 1))
p
q
p.strides
q.strides
p.flags.writeable
q[0, 0] = 1
np.broadcast_arrays(np.arange(3), np.arange(4))
r = np.broadcast_arrays(np.arange(3), 5)
len(r)
r[1]
r[1].strides
np.broadcast_shapes((3, 1), (1, 4))
np.broadcast_shapes((3, 2), (4,))
# --- as_strided
a = np.arange(12)
w = as_strided(a, shape=(10, 3), strides=(8, 8))
w
w.strides
w.flags.writeable
w.flags.owndata
np.shares_memory(a, w)
w[0, 1] = 100
a[:4]
ro = as_strided(a, shape=(4,), strides=(16,), writeable=False)
ro
ro.flags.writeable
ro[0] = 1
as_strided(a, shape=(3, 4)).strides
as_strided(a, shape=(6,), strides=(16,))
as_strided(a, (2, 2), (48, 8))
z = as_strided(a, shape=(3, 3), strides=(0, 8))
z
z.flags.c_contiguous
as_strided(a[::-1], shape=(3,), strides=(-8,))
as_strided(a, shape=(2.0, 3), strides=(8, 8))
np.lib.stride_tricks.as_strided(a[:6], shape=(2, 3), strides=(24, 8))
x = np.arange(16, dtype=np.uint8).reshape(4, 4)
blocks = as_strided(x, shape=(2, 2, 2, 2), strides=(8, 2, 4, 1))
blocks
blocks[1, 0]
blocks.reshape(4, 4)
np.shares_memory(blocks.reshape(4, 4), x)
# --- sliding_window_view
from numpy.lib.stride_tricks import sliding_window_view
v = sliding_window_view(np.arange(6), 3)
v
v.strides
v.flags.writeable
v[0, 0] = 9
sliding_window_view(np.arange(6), 3, writeable=True).flags.writeable
sliding_window_view(np.arange(12).reshape(3, 4), (2, 2))
sliding_window_view(np.arange(12).reshape(3, 4), (2, 2)).shape
sliding_window_view(np.arange(12).reshape(3, 4), (2, 2)).strides
sliding_window_view(np.arange(12).reshape(3, 4), 3, axis=1)
sliding_window_view(np.arange(12).reshape(3, 4), 2, axis=0).shape
sliding_window_view(np.arange(5), 6)
sliding_window_view(np.arange(5), (2, 2))
np.lib.stride_tricks.sliding_window_view(np.arange(5.), 2)
