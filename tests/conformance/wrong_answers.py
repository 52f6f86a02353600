import numpy as np
a = np.array([1, np.nan])
np.array_equal(a, a)
np.array_equal(a, a, equal_nan=True)
np.array_equal(a, a.copy(), equal_nan=True)
np.array_equal(a, np.array([np.nan, 1]), equal_nan=True)
np.array_equal(a, np.array([1, 2.0]), equal_nan=True)
np.array_equal([1, 2], [1, 2], equal_nan=True)
np.array_equal([1, 2], [1, 2, 3], equal_nan=True)
np.array_equal(np.array([1, 2], np.int8), np.array([1.0, 2.0]), equal_nan=True)
c = np.array([1 + 1j])
d = c.copy()
c.real[0] = np.nan
d.imag[0] = np.nan
np.array_equal(c, d, equal_nan=True)
np.array_equal(c, d)
np.array_equal(np.array([np.nan], np.float32), np.array([np.nan]), True)
np.array_equal(np.zeros((2, 0)), np.zeros((2, 0)), equal_nan=True)
b = np.zeros((2, 3, 4))
np.size(b)
np.size(b, 1)
np.size(b, axis=-1)
np.size(b, (0, 2))
np.size(b, axis=())
np.size([[1, 2, 3], [4, 5, 6]], axis=0)
np.size(b, 3)
np.size(b, (0, 0))
np.size(3, 0)
b.mT.shape
b.mT.strides
b.mT.base is b
np.arange(6).reshape(2, 3).mT
np.arange(24).reshape(2, 3, 4).mT
np.arange(16).reshape(2, 1, 2, 4).mT.shape
np.zeros(3).mT
np.float64(1.0).mT
x = b"abcdefgh"
f = np.frombuffer(x, np.uint8)
f.base is x
type(f.base)
np.frombuffer(x, np.uint8, offset=2, count=3).base is x
np.frombuffer(x, np.int16).base is x
arr = np.arange(4)
g = np.frombuffer(arr, np.uint8)
g.base is arr
np.frombuffer(arr[1:], np.uint8).base is arr
