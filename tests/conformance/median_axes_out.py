import numpy as np
a = np.array([[10, 7, 4], [3, 2, 1]])
np.median(a, axis=(0, 1))
np.median(a, axis=(1, 0))
np.median(a, axis=(0,))
np.median(a, axis=(-1,), keepdims=True)
np.median(a, axis=(0, 1), keepdims=True)
b = np.arange(24.0).reshape(2, 3, 4)
np.median(b, axis=(0, 2))
np.median(b, axis=(2, 0), keepdims=True)
np.median(b, axis=(0, 1, 2))
np.median(b, axis=())
np.median(np.zeros((2, 0, 3)), axis=(0, 2))
np.median(a, axis=(0, 0))
np.median(a, axis=(0, 2))
m = np.zeros_like(a, dtype=float)[0]
np.median(a, axis=0, out=m)
m
o = np.zeros(3); r = np.median(b, axis=(0, 2), out=o); r is o, o
c = np.array([1.0, np.nan, 3.0, 4.0]).reshape(2, 2)
np.median(c, axis=(0, 1))
np.median(c, axis=0, out=np.empty(2))
