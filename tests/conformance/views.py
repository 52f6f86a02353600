import numpy as np
# --- N-d basic indexing with every step sign and clipped bounds
x = np.arange(60).reshape(3, 4, 5)
x[1]
x[1, 2]
x[1, 2, 3]
x[-1, -2, -3]
x[:, 1]
x[:, :, 1]
x[..., 1]
x[1, ...]
x[1, ..., 2]
x[None, 1, None, 2]
x[:, None, :, None].shape
x[np.newaxis].shape
x[None].strides
x[:, None].strides
x[..., None].strides
x[1, None, ::2].strides
np.newaxis is None
x[::2, ::-1, 1::2]
x[::-1, ::-2, ::-3]
x[-100:100, 2:1, :]
x[5:, :, :].shape
x[:, 10:-10].shape
x[::-1, 3:0:-1, -1:-6:-2]
x[:, :, -2:]
x[..., ::-1][0, 0]
x[1:2, 1:2, 1:2]
x[1:2, 1:2, 1:2].shape
x[0, 0, 0:0]
x[..., ...]
x[1, 2, 3, 4]
x[3]
x[:, 4]
x[:, :, -6]
x[0, 0, 0.0]
x['a']
x[::0]
# --- assignment through views
y = x[1, ::2, ::-1]
y[...] = 0
x[1]
y[0] = [1, 2, 3, 4, 5]
x[1, 0]
x[2, :, 0] = 7
x[2]
x[0, 0, :] = np.arange(10, 15)
x[0, 0]
x[0, 0, :] = [1, 2]
x[0, 0] = 3.9
x[0, 0]
# --- .base collapsing
a = np.arange(12.)
v1 = a[2:]
v2 = v1[::2]
v3 = v2[None]
v1.base is a
v2.base is a
v3.base is a
v3.base is v2
a.base is None
a.flags.owndata
v1.flags.owndata
b = np.arange(12).reshape(3, 4)
b.base is None
b.base.shape
b[1:].base is b.base
