import numpy as np
x = np.arange(16.0).reshape(4, 4)
np.hsplit(x, 2)
np.hsplit(x, np.array([3, 6]))
np.hsplit(np.arange(6), 3)
np.hsplit(np.arange(24).reshape(2, 3, 4), 2)
np.hsplit(np.array(3), 1)
np.hsplit(np.arange(5), 2)
np.vsplit(x, 2)
np.vsplit(x, [1, 3])
np.vsplit(np.arange(24).reshape(2, 3, 4), 2)
np.vsplit(np.arange(6), 2)
np.array_equiv([1, 2], [1, 2])
np.array_equiv([1, 2], [1, 3])
np.array_equiv([1, 2], [[1, 2], [1, 2]])
np.array_equiv([1, 2], [[1, 2, 1, 2], [1, 2, 1, 2]])
np.array_equiv([1, 2], [[1, 2], [1, 3]])
np.array_equiv(1, [1, 1])
np.array_equiv([np.nan], [np.nan])
np.array_equiv(np.zeros((2, 0)), np.zeros(0))
a = np.arange(5)
np.put(a, [0, 2], [-44, -55])
a
np.put(a, 22, -5, mode="clip")
a
np.put(a, [-1, 7], [100, 200], mode="wrap")
a
np.put(a, [[0, 1], [2, 3]], [9, 8])
a
np.put(a, [0, 1], [1.7, 2.2])
a
np.put(a, 1.5, 3)
a
np.put(a, [1, 2], [])
a
np.put(a, 22, -5)
np.put(a, -6, 1)
np.put(a, [1], [2], mode="x")
np.put([1, 2], 0, 5)
b = np.arange(5.0)
b.flags.writeable = False
np.put(b, 0, 1)
c = np.arange(6).reshape(2, 3)[:, ::2]
c.put([0, 3], [7, 8])
c
d = np.zeros((2, 2))
d.put([0, 0, 3], [1, 2, 3])
d
