import numpy as np
from numpy.lib.stride_tricks import as_strided, sliding_window_view
# --- broadcasting corners
np.broadcast_arrays(np.zeros((2, 1)), np.zeros((1, 3)), np.zeros(4))
np.broadcast_arrays(np.zeros((5, 1)), np.zeros((1, 3)), np.zeros((2, 1, 1)))[2].strides
np.broadcast_shapes()
np.broadcast_shapes(3, (2, 1))
np.broadcast_shapes((0,), (1,))
np.broadcast_shapes((2, 3), (3, 3), (1, 4))
np.broadcast_shapes((1, 2), (3, 1), (3, 4))
a1 = np.arange(3)
p, = np.broadcast_arrays(a1)
p is a1
np.broadcast_arrays()
np.broadcast_to(a1, (2, 3), subok=True).shape
np.broadcast_to(a1, (-1, 3))
np.broadcast_to(a1, ())
np.broadcast_to(np.array(7), ()).flags.writeable
np.broadcast_to([1, 2], (2, 2))
np.lib.stride_tricks.broadcast_to(a1, (1, 3)).base is a1
bt = np.broadcast_to(a1, (2, 3))
bt.flags.writeable = True
bt.flags.writeable
# --- as_strided corners
a = np.arange(12, dtype=np.int32)
as_strided(a, shape=(4, 3)).strides
as_strided(a.reshape(3, 4).T, shape=(4, 3)).strides
as_strided(a.reshape(3, 4).T, shape=(12,))
as_strided(a, shape=(3,), strides=(8, 4))
as_strided(a, shape=(2, -1))
as_strided(a[::-1], (3,), (-4,))
as_strided(a, shape=()).shape
as_strided(a, shape=(2, 2), strides=(0, 0), writeable=False)
ro = as_strided(a, shape=(2,), writeable=False)
ro.flags.writeable = True
ro.flags.owndata
np.shares_memory(ro, a)
as_strided(np.arange(3.0), strides=(8.0,))
# --- sliding_window_view corners
sliding_window_view(np.arange(8).reshape(2, 4), (2,), axis=(1,))
sliding_window_view(np.arange(8).reshape(2, 4), (2, 2), axis=(1, 1)).shape
sliding_window_view(np.arange(8).reshape(2, 4), (2, 3), axis=(1,))
sliding_window_view(np.arange(8).reshape(2, 4), 2, axis=2)
sliding_window_view(np.arange(8).reshape(2, 4), -1, axis=1)
sliding_window_view(np.arange(4), 0)
sliding_window_view(np.arange(4), 4).strides
sliding_window_view(np.arange(6)[::2], 2)
sliding_window_view([1, 2, 3], 2)
sliding_window_view(np.arange(5), 2, writeable=True)[0, 1] = 100
# --- shape function errors and corners
z = np.zeros((2, 1, 3))
z.squeeze(axis=0)
z.squeeze(axis=(1, 1))
np.squeeze(z, axis=5)
np.expand_dims(z, (0, 0))
np.expand_dims(z, 4)
np.expand_dims(z, (0, 4)).shape
np.expand_dims(np.array(5), 0).shape
z.transpose(0, 2)
z.transpose((1, 0, -1)).shape
z.transpose(None).shape
np.transpose(z, (0, 1, 3))
z.swapaxes(-1, -3).strides
z.swapaxes(0, 5)
np.atleast_1d([1, 2]).shape
np.atleast_2d([[1, 2]]).shape
np.atleast_1d()
np.atleast_2d(np.array(5)).base is None
np.atleast_3d(np.arange(3)).strides
np.atleast_3d(np.arange(6).reshape(2, 3)).strides
np.reshape(np.arange(6), (2, 3), copy=True).base is None
np.reshape(np.arange(6)[::2], (3, 1), copy=False).strides
np.reshape(np.arange(6).reshape(2, 3).T, 6, copy=False)
np.arange(6).reshape(shape=(2, 3)).shape
np.arange(6).reshape((2, 3), order='K')
np.arange(6).reshape(2.5, 2)
np.arange(6).reshape((2, 3), (1,))
# --- as_strided results are views of a DummyArray wrapping the source
x = np.arange(6)
X = as_strided(x, shape=(2, 3))
X.base is x
X.base.base is x
type(X.base)
X.base
X[0].base is X
X.flags.owndata
xv = x[1:]
as_strided(xv, shape=(2,)).base.base is xv
sliding_window_view(x, 2).base.base is x
s = as_strided(x, shape=(3,), writeable=False)
s.flags.writeable = True
