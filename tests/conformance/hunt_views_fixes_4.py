import numpy as np
# np.rollaxis (was missing), following NumPy's Python implementation
x = np.arange(24, dtype=np.int16).reshape(2, 3, 4)
np.rollaxis(x, 2).shape
np.rollaxis(x, 2).strides
np.rollaxis(x, 0, 3).strides
np.rollaxis(x, 1, 1).base is x
np.rollaxis(x, 1, 2) is x
np.rollaxis(x, -1, -2).shape
np.rollaxis(x, 0, -4).shape
np.rollaxis(x, 0, 4)
np.rollaxis(x, 0, -5)
np.rollaxis(x, 3)
np.rollaxis(x, 1, start=0).shape
np.rollaxis(np.ones((3, 4, 5, 6)), 3, 1).shape
np.rollaxis(np.ones((3, 4, 5, 6)), 1, 4).shape
# view semantics that already agreed: memory overlap, writes through views, astype/asarray identity, interface, printing of views
from numpy.lib.stride_tricks import as_strided
x = np.arange(24, dtype=np.int16).reshape(2, 3, 4)
np.shares_memory(x[:, :, ::2], x[:, :, 1::2])
np.may_share_memory(x[:, :, ::2], x[:, :, 1::2])
np.shares_memory(x[0], x[1])
np.shares_memory(x[0, :, 3], x[1, :, 0])
np.shares_memory(x.view(np.int8)[..., ::2], x.view(np.int8)[..., 1::2])
np.shares_memory(x, x.copy())
np.shares_memory(x, np.arange(3))
np.shares_memory(x[::-1], x[1])
y = as_strided(x, (5,), (6,))
np.shares_memory(y, x[1, 2])
np.shares_memory(x[:, 1:2], x[:, 2:])
v = x[:, ::2, 1:3]
v[...] = [[7, 8]]
x
v[:, :, 0] = v[:, :, 1]
x
x[0, :, ::2] = x[0, :, 1::2]
x
x[1, ::-1] = x[1]
x
x.astype(np.int16, copy=False) is x
x.astype(np.int16) is x
x.T.astype(np.int16, copy=False) is x
x.astype(np.int16, copy=False, order='F') is x
x.astype(np.int32, copy=False).base is None
np.asarray(x, dtype=np.int16) is x
np.ascontiguousarray(x[:, :, ::2]).base is None
np.ascontiguousarray(x) is x
np.asfortranarray(x).flags.f_contiguous
x.__array_interface__['shape']
x[:, ::2].__array_interface__['strides']
x[:, ::2].__array_interface__['typestr']
x.T.__array_interface__['strides']
np.info(x[:, ::-2, 1:])
np.info(x.view(np.int8)[..., 1::2])
np.info(np.broadcast_to(x[0, 0], (3, 4)))
np.arange(6.).reshape(2, 3)[:, ::-1].T
np.arange(6, dtype=np.float16).reshape(3, 2)[::-1] / 3
np.arange(8, dtype=np.complex64)[::3] * (1 + 2j)
(np.arange(8) % 2 == 0)[::-3]
np.arange(12, dtype=np.uint64).reshape(3, 4)[::2, ::-3] * 10**18
print(np.arange(24).reshape(2, 3, 4)[:, None, ::2])
repr(np.arange(4)[::-1])
str(np.zeros((2, 0, 3))[:, :, ::2])
np.zeros((2, 0, 3))[:, :, ::2]
np.array(3.5)[...]
np.array(3.5)[None, ..., None]
