import numpy as np
# --- reshape
x = np.arange(12)
x.reshape((3, 4))
x.reshape(3, 4)
x.reshape(2, -1)
x.reshape(-1, 2, 3)
x.reshape(5, 3)
x.reshape(-1, -1)
x.reshape(2, 3, 2).shape
# --- basic indexing
x = np.arange(10)
x[3]
x[-1]
x[2:5]
x[::2]
x[::-1]
x[8:2:-2]
x[-3:]
x[:-3]
x[5:100]
x[100:]
x[None]
x[..., None]
x[...]
x[10]
x[-11]
m = np.arange(12).reshape(3, 4)
m[1]
m[1, 2]
m[-1, -1]
m[:, 1]
m[1:, ::-2]
m[::-1, None, 1:3]
m[..., 0]
m[1, 2, 3]
m[3, 0]
m[0, 4]
m[0][1]
# --- assignment through views
x = np.arange(10)
y = x[2:5]
y[0] = 99
x
y.base is x
x[::3] = 0
x
y
m[:, 0] = -1
m
m[0] = [7, 8, 9, 10]
m
# --- attributes
z = np.arange(24).reshape(2, 3, 4)
z.shape
z.strides
z.dtype
z.ndim
z.size
z.itemsize
z.nbytes
z.base is None
w = z[:, 1]
w.shape
w.strides
w.ndim
w.base is z
w.base is z.base
z[0, 0, 0]
type(z[0, 0, 0])
z.flags
w.flags
np.arange(5.).strides
np.zeros(3, np.uint8).itemsize
np.zeros((2, 3), bool).nbytes
# --- np.info
np.info(np.arange(6))
np.info(np.arange(6).reshape(2, 3).T)
np.info(np.zeros(4, np.uint8)[::2])
np.info(np.ones(3, bool))
np.info(np.arange(4.)[::-1])
