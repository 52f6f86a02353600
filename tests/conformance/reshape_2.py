import numpy as np
# --- transpose, .T, swapaxes, moveaxis
x = np.arange(24).reshape(2, 3, 4)
x.T.shape
x.T.strides
x.transpose().strides
x.transpose(1, 0, 2).shape
x.transpose((2, 0, 1)).strides
np.transpose(x, (0, 2, 1)).shape
x.transpose(0, 1)
x.transpose(0, 1, 1)
x.transpose(0, 1, 3)
x.swapaxes(0, 2).shape
x.swapaxes(0, 2).strides
np.swapaxes(x, -1, 0).shape
x.swapaxes(0, 3)
np.moveaxis(x, 0, -1).shape
np.moveaxis(x, 0, -1).strides
np.moveaxis(x, [0, 1], [-1, -2]).shape
np.moveaxis(x, 3, 0)
x.T.base is x.base
np.arange(5).T.strides
x.T.flags.f_contiguous
x.T[0]
# --- squeeze, expand_dims
e = np.zeros((1, 3, 1, 2))
e.squeeze().shape
e.squeeze(axis=0).shape
e.squeeze(axis=(0, 2)).shape
np.squeeze(e, 2).strides
e.squeeze(axis=1)
np.squeeze(np.array([[5]]))
np.expand_dims(np.arange(3), 0).shape
np.expand_dims(np.arange(3), 1).shape
np.expand_dims(np.arange(3), -1).strides
np.expand_dims(np.arange(3), (0, 2)).shape
np.expand_dims(np.arange(3), 3)
np.expand_dims(np.arange(3), 0).base is not None
# --- flip, fliplr, flipud
f = np.arange(6).reshape(2, 3)
np.flip(f)
np.flip(f).strides
np.flip(f, 0)
np.flip(f, axis=1)
np.flip(f, axis=(0, 1)).strides
np.fliplr(f)
np.flipud(f)
np.flipud(f).strides
np.fliplr(np.arange(3))
np.shares_memory(f, np.flip(f))
np.flip(f, 2)
# --- diagonal (read-only view)
d = np.arange(16).reshape(4, 4)
d.diagonal()
d.diagonal(1)
d.diagonal(-2)
d.diagonal(offset=5)
d.diagonal().strides
d.diagonal().flags.writeable
d.diagonal().base is d
np.shares_memory(d, d.diagonal())
dd = d.diagonal()
dd[0] = 100
np.diagonal(np.arange(24).reshape(2, 3, 4))
np.diagonal(np.arange(24).reshape(2, 3, 4), axis1=1, axis2=2)
np.diagonal(np.arange(3))
# --- atleast_1d / 2d / 3d
np.atleast_1d(5)
np.atleast_1d(np.arange(3)).shape
np.atleast_2d(5)
np.atleast_2d(np.arange(3))
np.atleast_2d(np.arange(3)).strides
np.atleast_3d(np.arange(3)).shape
np.atleast_3d(np.arange(6).reshape(2, 3)).shape
np.atleast_3d(7).shape
np.atleast_1d(1, 2)
np.atleast_3d(np.zeros((2, 2, 2, 2))).shape
