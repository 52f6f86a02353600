import numpy as np
# regressions found by tools/gen_view_cases.py (third round): ravel of empty arrays,
# flags fnc/forc/num and the CA/FA keys, plus a sweep of layout errors
a = np.arange(0, dtype=np.int64).reshape((0,))
a.strides
a.ravel().strides
a.ravel('F').strides
a.ravel('K').strides
a.ravel('A').strides
np.ravel(a).strides
b = np.arange(10)[::5][:1]
b.ravel().strides
b.ravel('K').strides
np.zeros((0, 3)).ravel('K').strides
np.zeros((3, 0)).T.ravel().strides
x = np.arange(12).reshape(3, 4)
x.T.flags.fnc
x.flags.fnc
x.flags.forc
x[::2].flags.forc
x.flags.num
x.T.flags.num
np.arange(3).flags.num
np.broadcast_to(x, (2, 3, 4)).flags.num
np.zeros(3)[::2].flags.num
np.zeros((1, 1)).flags.num
x.T.flags['FNC']
x.T.flags['FORC']
x.T.flags['CA']
x.T.flags['FA']
x.flags['CA']
x.flags['FA']
x.flags['num']
np.float64(1).flags.num
from numpy.lib.stride_tricks import as_strided
x = np.arange(12, dtype=np.int32).reshape(3, 4)
swv = np.lib.stride_tricks.sliding_window_view
swv(x, 5, axis=0)
swv(x, (2, 2))
swv(x, (2, 2, 2))
swv(x, 2, axis=(0, 1))
swv(x, -1)
swv(x, 2, axis=2)
swv(x, (2, 2), axis=(0, 0))
swv(x, 0, axis=1).shape
swv(x, 2, axis=1, writeable=True).flags.writeable
swv(x, 3).shape
np.moveaxis(x, 0, 2)
np.moveaxis(x, (0, 1), (1,))
np.moveaxis(x, (0, 0), (1, 0))
np.moveaxis(x, [0, 1], [1, 0]).strides
np.moveaxis(x, -3, 0)
np.expand_dims(x, 3)
np.expand_dims(x, (0, 0))
np.expand_dims(x, (0, -1)).shape
np.expand_dims(x, (4, 0))
np.swapaxes(x, 2, 0)
np.swapaxes(x, -3, 0)
x.transpose(0, 0)
x.transpose(0)
x.transpose(2, 0)
x.transpose((1, 0)).strides
x.transpose(1, 0).strides
x.T.transpose().strides
x.diagonal(0, 0, 0)
x.diagonal(0, 0, 2)
x.diagonal(5).shape
x.diagonal(-5).strides
x.diagonal(1).flags.writeable
x.diagonal().base is x
x.diagonal()[0] = 1
np.flip(x, 2)
np.flip(x, (0, 0))
np.flip(x, (0, 1)).strides
np.broadcast_to(x, (4,))
np.broadcast_to(x, (-1, 4))
np.broadcast_to(x, (2, 3, 4)).strides
np.broadcast_to(x, 4)
x.reshape(5, -1)
x.reshape(-1, -1)
x.reshape(-2, 3).shape
x.reshape((2, 2, 3), order='X')
x.reshape(2, 6, order='F').strides
x.T.reshape(12).base is x
x.T.reshape(12, copy=False)
x.view(np.int64).shape
x.view(np.int8).strides
x.T.view(np.int8)
x[:, ::2].view(np.int16).strides
x[:, ::2].view(np.int64)
x.view(np.complex128).shape
x.view('u8')
x.squeeze(0)
x.squeeze((0, 1))
np.squeeze(x[None, :, :1], axis=(0, 2)).strides
as_strided(x, (3, 3), (16, 4)).strides
as_strided(x, shape=(2,)).strides
as_strided(x, strides=(4, 8)).shape
as_strided(x).base is x
as_strided(x, (2, 2), (0, 0)).flags.writeable
as_strided(x, (2, 2), (0, 0), writeable=False).flags.writeable
as_strided(x[::2], (2, 4), (32, 4)).base is x
x.flags['C_CONTIGUOUS']
x.flags['F']
x.flags['BAD']
x.flags.aligned
x.flags.behaved
x.flags.carray
x.T.flags.farray
x.T.flags.fnc
x.flags.forc
x.flags.num
x.T.flags
x[::2].flags
x.shape
x.flags.owndata = False
x.flags.c_contiguous = False
x.T.flags.writeable = False
