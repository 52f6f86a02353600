import numpy as np
# --- in-place operators write into the existing buffer
x = np.arange(6)
ptr = x.__array_interface__['data'][0]
x += 10
x
x.__array_interface__['data'][0] == ptr
x -= 1
x *= 3
x //= 2
x %= 7
x **= 2
x
x <<= 1
x >>= 1
x &= 6
x |= 1
x ^= 3
x
x.__array_interface__['data'][0] == ptr
y = x
y += 100
x
y is x
x = x + 10
y is x
# --- same_kind casting for in-place operations
i = np.arange(5)
i += 10.0
i += 1.5
i *= 1.5
i /= 2
i //= 2.0
i += np.array([1.5])
i += 1j
i += True
i
u = np.array([250, 251, 252], dtype=np.uint8)
u += 10
u
u -= 300
u += np.int64(1)
u += np.array([1, 1, 1])
u += np.array([1, 1, 1], dtype=np.uint16)
u += np.array([1, 1, 1], dtype=np.uint8)
u
f = np.zeros(3)
f += 1
f += 1j
f += np.array([1, 2, 3])
f *= 2
f /= 4
f
f32 = np.ones(3, dtype=np.float32)
f32 += 1e300
f32
f32 += np.ones(3)
f32
b = np.array([True, False])
b += 1
b |= np.array([False, True])
b &= True
b
b += True
b
c = np.zeros(2, dtype=np.complex64)
c += 1j
c
c += np.array([1 + 1j])
c
# --- in-place with broadcasting
m = np.zeros((3, 4), dtype=np.int64)
m += np.arange(4)
m += np.arange(3).reshape(3, 1)
m
m += np.ones((2, 4), dtype=int)
v = np.zeros(3)
v += np.ones((2, 3))
v += np.ones((1, 3))
v
