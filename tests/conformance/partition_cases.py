import numpy as np
# np.partition: 5 examples (1 multi-line or excluded left out)
a = np.array([7, 1, 7, 7, 1, 5, 7, 2, 3, 2, 6, 2, 3, 0])
p = np.partition(a, 4)
p
p2 = np.partition(a, (4, 8))
p2
# np.argpartition: 9 examples (1 multi-line or excluded left out)
x = np.array([3, 4, 2, 1])
x[np.argpartition(x, 3)]
x[np.argpartition(x, (1, 3))]
x = [3, 4, 2, 1]
np.array(x)[np.argpartition(x, 3)]
x = np.array([[3, 4, 2], [1, 3, 1]])
index_array = np.argpartition(x, kth=1, axis=-1)
# below is the same as np.partition(x, kth=1)
np.take_along_axis(x, index_array, axis=-1)
# np.ndarray.partition: 5 examples (1 multi-line or excluded left out)
a = np.array([3, 4, 2, 1])
a.partition(3)
a
a.partition((1, 3))
a
# hand-picked: 0-d, empty, errors, in-place on views and read-only arrays
np.argpartition(np.array(3), 0)
np.partition(np.array(3), 0)
np.partition([], 0)
np.partition(np.zeros((0, 3)), 5)
np.partition([5, 1, 4], [])
np.partition([5, 1, 4], True)
np.partition([5, 1, 4], 1.5)
np.partition([5, 1, 4], -4)
np.partition([5, 1, 4], 0, kind='quick')
np.partition([5, 1, 4], 0, order='x')
np.partition(np.array([[9, 1, 5], [3, 8, 2]]), 1, axis=None)
np.argpartition(np.array([[9, 1, 5], [3, 8, 2]]), 1, axis=0)
b = np.array([[9, 1, 5], [3, 8, 2]]); b.partition(0, axis=None)
v = np.arange(10)[::-1]; v[::2].partition(2); v
r = np.arange(5); r.flags.writeable = False; r.partition(1)
np.partition(np.array([3., np.nan, 1., 2.]), -1)
np.partition(np.array([3., np.nan, 1., 2.], dtype=np.float32), 1)
np.partition(np.array([True, False, True, False]), 1)
np.partition(np.array([2+1j, 1-1j, 1+0j, np.nan]), 1)
np.argpartition(np.array([5, 1, 4, 1, 5], dtype=np.int8), 2)
np.partition(np.arange(1000)[::-1] % 77, [10, 500, 990])[:20]
np.argpartition(np.arange(1000) * 7 % 1000, [1, 998])[[0, 1, 2, 997, 998, 999]]
np.partition(np.arange(20, dtype=np.int8)[::-1], 5)
x = np.array([3, 4, 2, 1]); x.argpartition(2)
