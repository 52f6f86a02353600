import numpy as np
a = np.array([-3, -1, 0, 2, 5])
b = np.array([2, 3, 1, -4, 2])
f = np.array([-1.5, -0.5, 0.0, 0.5, 2.25])
# --- out= (keyword and positional) and dtype=
o = np.zeros(5)
r = np.add(a, b, out=o)
r is o
o
r = np.multiply(a, 2, o)
r is o
o
i = np.zeros(5, dtype=np.int64)
np.add(a, 0.5, out=i)
np.add(a, 0.5, out=i, casting='unsafe')
np.sqrt(a, out=np.zeros(4))
np.add(a, b, out=np.zeros(5, dtype=np.int8))
np.add(a, b, out=(np.zeros(5),))
o8 = np.zeros(5, dtype=np.uint8)
np.negative(np.array([1, 2, 3, 4, 5], dtype=np.uint8), out=o8)
np.add(a, b, dtype=np.float32)
np.multiply(np.array([100], dtype=np.int8), 2, dtype=np.int16)
np.sqrt(np.array([4, 9]), dtype=np.float32)
np.add(np.array([1.5]), 1, dtype=int)
np.sum(a, out=np.zeros(()))
np.abs(f, out=f)
f
np.add(a, b, c=1)
np.add(a)
np.add(a, b, a, a)
# --- broadcasting
np.arange(3) + np.arange(3).reshape(3, 1)
np.ones((2, 3)) * np.arange(3)
np.ones((2, 1, 4)) + np.ones((3, 1))
(np.ones((2, 1, 4)) + np.ones((3, 1))).shape
np.ones((2, 3)) + np.ones(4)
np.ones((2, 3)) + np.ones((3, 2))
np.arange(6).reshape(2, 3) * np.arange(2)
np.add(np.ones((2, 3)), np.ones(2))
np.ones((2, 1)) + np.ones((1, 3, 1, 2))
np.zeros((0, 3)) + np.arange(3)
np.zeros((0, 3)) + np.arange(2)
# --- matmul
m = np.arange(6).reshape(2, 3)
m @ np.arange(3)
m @ m.T
np.arange(3) @ np.arange(3)
m @ m
m @ 2
np.matmul(np.ones((2, 2, 3)), np.ones((3, 2)))
# --- integer overflow, division by zero, invalid
np.array([127], dtype=np.int8) + np.array([1], dtype=np.int8)
np.array([0], dtype=np.uint8) - np.array([1], dtype=np.uint8)
np.array([2**62]) * 4
np.array([1, -1, 0]) // 0
np.array([1, -1, 0]) % 0
np.array([5, 0]) // np.array([0, 0])
np.array([1.0, -1.0, 0.0]) / 0
np.array([1, -1, 0]) / 0
np.array([1.0, 0.0]) // 0
np.array([1.0, 0.0]) % 0
np.log(np.array([0.0, -1.0]))
np.sqrt(np.array([-1.0]))
np.array([-9223372036854775808]) // -1
np.array([2]) ** np.array([-1])
np.arange(3) ** 64
np.float64(1e308) * 10
np.int64(2**62) * 4
