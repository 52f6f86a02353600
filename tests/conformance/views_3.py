import numpy as np
from numpy.lib.stride_tricks import as_strided
# --- N-d basic indexing: ints, slices with every step sign, None and ...
x = np.arange(60).reshape(3, 4, 5)
x[1, ::-2, None, 1:4:2]
x[1, ::-2, None, 1:4:2].strides
x[..., None, -1].shape
x[None, ..., 0].strides
x[-1, -1, -1]
x[5:, 1].shape
x[-100:100, ::-1][0, 0]
x[2:0:-1, 3:-10:-2, ::3]
x[2:0:-1, 3:-10:-2, ::3].strides
x[:, :, 2].flags
x[::-1, :, :].flags.c_contiguous
x[:, :1, :].flags.c_contiguous
x[:, :0, :].flags
x[1:2].flags.owndata
x[0, ..., 0, ...]
x[0, 0, 0, 0]
x[0][1][2]
# --- assignment through views
y = np.zeros((3, 4), dtype=np.int16)
y[::2, 1::2] = 7
y
y.T[1] = -1
y
v = y[1]
v[...] = 3
y
# --- base collapsing and data pointers
b = np.arange(10)
c = b[2:][::2][1:]
c.base is b
c.__array_interface__['data'][0] - b.__array_interface__['data'][0]
r = np.arange(10)[::-2]
r.strides
r.flags
r.__array_interface__['data'][0] - r.base.__array_interface__['data'][0]
r.base.flags.owndata
# --- flags with size-1 and empty axes
np.zeros((1, 4))[:, ::2].flags.c_contiguous
np.zeros((4, 1))[::2].flags.f_contiguous
np.zeros((3, 0, 2))[:, :, ::2].flags.c_contiguous
np.zeros((2, 1, 3)).transpose(1, 0, 2).flags.c_contiguous
np.zeros(5)[::2].reshape(1, 3).flags
np.zeros((3, 3), order='F')[:, :1].flags.c_contiguous
# --- diagonal and moveaxis corners
d = np.arange(12).reshape(3, 4)
d.diagonal(-1)
d.diagonal(-3)
d.diagonal(2).strides
np.diagonal(d, 0, 1, 0)
np.diagonal(d, axis1=0, axis2=0)
np.diagonal(d, axis1=2)
np.moveaxis(np.zeros((2, 3, 4)), [0, 0], [1, 2])
np.moveaxis(np.zeros((2, 3, 4)), [0, 1], [2])
np.moveaxis(np.zeros((2, 3, 4)), -1, 0).strides
np.flip(np.arange(3), -1)
np.flip(np.zeros((2, 2)), (0, 0))
np.flipud(np.array(3))
# --- ravel/flatten orders
m = np.arange(24).reshape(2, 3, 4).transpose(1, 0, 2)[:, ::-1]
m.ravel()
m.ravel('K')
m.ravel('A')
m.ravel('F')
m.flatten('K')
np.shares_memory(m, m.ravel('K'))
t = np.arange(6).reshape(2, 3).T
np.shares_memory(t, t.ravel('K'))
np.shares_memory(t, t.ravel())
np.arange(5)[::-1].ravel().base is None
np.ravel(t, order='X')
# --- copy orders
np.copy(m).strides
m.copy().strides
m.copy('K').strides
m.copy('A').strides
np.copy(t).flags.f_contiguous
t.astype(np.float32).strides
t.astype(np.float32, order='C').strides
t.astype(np.int64, copy=False) is t
t.astype(np.int64, order='C', copy=False) is t
t.astype(np.int32, copy=False) is t
np.asfortranarray(t) is t
np.ascontiguousarray(t).flags.owndata
np.ascontiguousarray(5).shape
np.asfortranarray(np.arange(4)).base is None
# --- view(dtype) rules
f = np.arange(6, dtype=np.int32).reshape(2, 3)
f.view(np.int16)
f.view(np.int16).strides
f.view(np.int64)
f.T.view(np.int16)
f[:, :2].view(np.int64)
f[:, ::2].view(np.int16)
np.arange(4, dtype=np.int16).reshape(2, 2).T.view(np.int8)
np.arange(4, dtype=np.int16)[None].T.view(np.int32)
np.zeros(3, np.float32).view(np.complex64)
np.array(1.5).view(np.int64)
np.array(1.5).view(np.int32)
np.arange(3).view('u1').shape
np.arange(3.0).view(np.ndarray) is None
# --- frombuffer
fb = np.frombuffer(b'\x01\x02\x03\x04\x05\x06', dtype=np.uint16, count=2, offset=2)
fb
fb.flags.writeable
fb.base
np.frombuffer(b'\x01\x02\x03', dtype=np.uint16)
np.frombuffer(b'\x01\x02\x03', dtype=np.uint8, offset=4)
np.frombuffer(b'\x01\x02\x03', dtype=np.uint8, count=4)
np.frombuffer(b'', dtype=np.uint8)
np.frombuffer(np.arange(4)[::2].data)
# --- shares_memory exact vs may_share_memory
s = np.arange(20)
np.shares_memory(s[::2], s[1::2])
np.may_share_memory(s[::2], s[1::2])
np.shares_memory(s[:10], s[10:])
np.may_share_memory(s[:10], s[9:])
np.shares_memory(s, np.arange(3))
np.shares_memory(s.view(np.uint8)[1::8], s.view(np.uint8)[::8])
