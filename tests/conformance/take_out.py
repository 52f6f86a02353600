import numpy as np
a = np.arange(6.0)
o = np.zeros(2, dtype=np.int64)
np.take(a, [1, 4], out=o)
o
r = np.take(a, [5, 0], out=o)
r is o
o = np.zeros(2, dtype=np.int8)
np.take(a, [1, 2], out=o, mode="clip")
np.take(np.arange(3), [1, 2], out=np.zeros(2, np.float32))
np.take(np.arange(3), [1, 2], out=np.zeros(2))
np.take(np.arange(3, dtype=np.int32), [1, 2], out=np.zeros(2, np.int64))
np.take(np.arange(3, dtype=np.uint8), [1, 2], out=np.zeros(2, np.int8))
b = np.zeros(2, dtype=np.int32)
np.take(np.arange(3), [0, 2], out=b)
b
c = np.zeros(2, dtype=bool)
np.take(np.arange(3), [0, 2], out=c)
np.take(a, [1, 2], out=[0, 0])
np.take(a, [1, 2], out=np.zeros(3))
np.take(a, [1, 2], out=np.zeros((2, 1)))
np.take(a, [1, 20], out=np.zeros(2))
np.take(a, [1, 20], out=np.zeros(2), mode="wrap")
d = np.zeros(2)
d.flags.writeable = False
np.take(a, [1, 2], out=d)
m = np.arange(12).reshape(3, 4)
e = np.zeros((3, 2), dtype=np.int64)
np.take(m, [3, 0], axis=1, out=e)
e
f = np.zeros((2, 4), dtype=np.int16)
m.take([2, 2], axis=0, out=f)
f
g = np.zeros((2, 2))
np.take(m, [[0, 11], [5, 6]], out=g)
g
np.take(a, [1, 2], out=np.zeros(2), mode="bad")
