import numpy as np
# Every snippet of the seed text (seed/000_3976986284bf1233.txt), pasted as it is.
# Unseeded random values are never printed: only shapes, dtypes, flags and equalities.
# --- "How to create a view": y = x[:k, :]
x = np.arange(50, dtype=np.uint8).reshape(10, 5)
k = 3
y = x[:k, :]
y.base is x.base
y[0, 0] = 200
x[0, 0]
# --- tips: in-place operators
x += 10
x
x = x + 10
x.dtype
x = x + 10.0
x.dtype
x = np.arange(12).reshape(3, 4)
x += 10.0
x += 10
x
x -= 3
x *= 2
x
np.abs(x, x)
x = np.arange(-6, 6).reshape(3, 4)
r = np.abs(x, x)
r is x
x
# --- y = x[:] is a view, x.copy() is a copy
y = x[:]
y.base is x
y.base is x.base
x = x.copy()
x.base is None
y = x[:]
y.base is x
y[0, 0] = -100
x[0, 0]
y = x.copy()
y.base is None
np.shares_memory(x, y)
# --- fancy indexing copies, slicing does not
y = x[[0, 1, 2], :]
y
y.base is None
np.shares_memory(x, y)
y = x[:3,:]
y.base is x
np.shares_memory(x, y)
x = np.arange(2000.).reshape(40, 50)
x[4:100:5, :-10:-1, None]
v = x[4:100:5, :-10:-1, None]
v.shape
v.strides
v.base is x.base
x3 = np.arange(6000, dtype=np.uint8).reshape(20, 30, 10)
w = x3[4:100:5, :-10:-1, None]
w.shape
w.strides
w.flags.c_contiguous
# --- astype copies, view reinterprets
x = np.arange(4)
x.astype(np.float32)
x.astype(np.float32).base is None
x.view(np.uint8)
x.view(np.uint8).base is x
x.view(np.float64)
np.array([1.0]).view(np.int64)
np.array([1.0]).view(np.uint8)
# --- How can I create numpy array of views? (Python 2 era: H/step is a float)
import numpy as np
from numpy.lib.stride_tricks import as_strided
N=10
L=4*N
H=3*N
step=5
a=(np.arange(3*H*L)%256).reshape(3,H,L)
(k,j,i)=a.strides
b=as_strided (a,shape=(H/step,L/step,3,step,step),strides=(j*step,i*step,k,j,i))
np.all(b[1,2]==a[:,5:10,10:15])
# ... and with Python 3's integer division
b=as_strided (a,shape=(H//step,L//step,3,step,step),strides=(j*step,i*step,k,j,i))
(k,j,i)
b.shape
b.strides
np.all(b[1,2]==a[:,5:10,10:15])
a[:,5,10]=0 # modification of a
np.all(b[1,2]==a[:,5:10,10:15])
b[1,2,:,0,0]
