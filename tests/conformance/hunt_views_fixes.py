import numpy as np
# regressions found by tools/gen_view_cases.py
# an Ellipsis makes a 0-d view, not a scalar
z = np.array(5, dtype=np.int16)
z[...]
z[...].base is z
b = np.arange(3)
b[1, ...]
b[..., 1]
b[1]
# view(dtype) of a different size: last-axis contiguity is not checked for empty arrays
e = np.zeros((0, 3), dtype=np.int16)[:, ::2]
e.view(np.int8).shape
e.view(np.int8).strides
np.zeros((0, 3), dtype=np.int16)[:, ::2].view(np.int64)
np.arange(0, dtype=np.float32).reshape((3, 3, 4, 0)).T[::2].view(np.int64)
m = np.arange(12, dtype=np.int16).reshape(3, 4)[:, :1]
m.view(np.int8).shape
m.view(np.int8).strides
# np.flip of a 0-d array is a scalar (m[()]), with scalar flags and no base
f = np.flip(np.array(3j))
f
f.flags
f.base is None
f.flags.owndata
np.squeeze(np.flip(np.array(6.0)))
a = np.arange(9.).reshape(3, 3)
np.squeeze(a) is a
a.squeeze() is a
b = a[None]
np.squeeze(b).base is a
c = np.arange(0, dtype=np.uint32)
c.strides
c.reshape((0,)).strides
c.reshape((0,)) is c
c[:0:2].strides
d = (np.arange(0) % 3 == 1)
d.strides
d.reshape((0,)).strides
np.squeeze(d.reshape((0,))).strides
np.zeros((0, 1)).squeeze().strides
np.arange(0).reshape(0, 1).squeeze().strides
np.broadcast_to(np.arange(3.).reshape(3, 1), (3, 1)).strides
np.broadcast_to(np.arange(3.).reshape(1, 3, 1), (2, 1, 3, 1)).strides
np.broadcast_to(np.arange(3.).reshape(3, 1)[::-1], (1, 3, 1)).strides
np.broadcast_to(np.arange(0.).reshape(0, 1), (0, 1)).strides
np.broadcast_to(np.arange(0.).reshape(0, 1), (2, 0, 3)).strides
np.broadcast_to(np.zeros((1, 0)), (2, 2, 1, 0)).strides
np.broadcast_arrays(np.zeros((3, 1)), np.zeros((3, 1)))[0].strides
np.broadcast_arrays(np.zeros((3, 1)), np.zeros((1, 4)))[0].strides
np.broadcast_arrays(np.zeros((3, 1)), np.zeros((3,1)), np.zeros((1, 1)))[0].strides
np.broadcast_to(np.float64(3), (1, 1)).strides
np.broadcast_to(np.zeros((2, 1, 1)), (2, 1, 1)).strides
s = np.float32(2.5)
s.flatten()
s.flatten().flags.owndata
s.ravel()
s.ravel().flags.owndata
s.ravel().base
s.reshape(1, 1)
s.reshape(1, 1).flags.owndata
s.reshape(())
s.squeeze()
s.transpose()
s.swapaxes(0, 0)
s.reshape(2)
np.bool(0).flatten('F')
s = np.float64(6.0)
np.squeeze(s)
np.reshape(s, ())
np.reshape(s, (1,))
np.transpose(s)
np.ravel(s)
np.squeeze(np.array(6.0))
np.transpose(np.array(6.0))
np.reshape(np.array(6.0), ())
