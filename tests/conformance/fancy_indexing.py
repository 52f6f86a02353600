import numpy as np
x = np.arange(10) * 10
# --- integer-array and list indices (copies)
x[[1, 3, 5]]
x[[-1, -2]]
x[np.array([0, 0, 9])]
x[np.array([[1, 2], [3, 4]])]
x[[True, False] * 5]
x[[]]
x[np.array([], dtype=int)]
y = x[[1, 2, 3]]
y.base is None
np.shares_memory(x, y)
y[0] = -1
x[1]
x[[10]]
x[[-11]]
x[np.array([1.0])]
x[[1, 2.0]]
x[np.array([1, 2], dtype=np.uint8)]
x[np.int64(3)]
x[np.array(3)]
# --- boolean masks
x[x > 50]
x[(x > 20) & (x < 70)]
x[~(x > 20)]
x[x > 1000]
x[np.array([True, False])]
m = np.arange(12).reshape(3, 4)
m[m % 2 == 0]
m[np.array([True, False, True])]
m[:, np.array([True, False, False, True])]
m[m > 100].shape
m[np.array([[True, False, True, False]] * 3)]
m[np.array([True, False])]
np.array(5)[np.array(True)]
np.array(5)[np.array(False)]
x[True].shape
# --- mixing advanced and basic indices
a = np.arange(60).reshape(3, 4, 5)
a[[0, 2]].shape
a[[0, 2], 1]
a[[0, 2], 1].shape
a[:, [0, 2]].shape
a[:, [0, 2], :2]
a[[0, 1], [1, 2]]
a[[0, 1], [1, 2]].shape
a[[0, 1], :, [1, 2]].shape
a[[0, 1], :, [1, 2]]
a[:, [0, 1], [1, 2]].shape
a[1, :, [0, 1]].shape
a[[[0], [1]], [0, 1, 2]].shape
a[[0, 1], None, [0, 1]].shape
a[None, [0, 1], :, 0].shape
a[..., [0, -1]].shape
a[[0, 1, 2], [0, 1]]
a[[0, 1], [1, 2], [2, 3]]
a[a > 55]
a[a[:, :, 0] > 20].shape
a[[0], [0], [0], [0]]
a[:, :, [5]]
a[[3]]
a[1:, [0, 0, 3]]
# --- take, nonzero, argwhere, where(cond)
np.take(x, [0, 5, 9])
np.take(m, [0, 5])
np.take(m, [0, 2], axis=1)
np.take(m, [[0, 1], [1, 0]], axis=0).shape
np.take(x, [20])
m.take([1, 3])
np.nonzero(np.array([0, 3, 0, 4]))
np.nonzero(m % 5 == 0)
(m > 8).nonzero()
np.argwhere(m % 5 == 0)
np.argwhere(np.array([0, 1, 2]))
np.where(m > 8)
np.where(np.array([False, True, True]))
np.count_nonzero(m > 3)
