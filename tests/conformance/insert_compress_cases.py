import numpy as np
# NumPy's docstring examples of np.insert, np.compress, ndarray.compress, np.extract and the unique_* functions, then hand-picked cases.
a = np.arange(6).reshape(3, 2)
a
np.insert(a, 1, 6)
np.insert(a, 1, 6, axis=1)
np.insert(a, [1], [[7],[8],[9]], axis=1)
np.insert(a, 1, [[7],[8],[9]], axis=1)
np.array_equal(np.insert(a, 1, [7, 8, 9], axis=1), np.insert(a, [1], [[7],[8],[9]], axis=1))
b = a.flatten()
b
np.insert(b, [2, 2], [6, 7])
np.insert(b, slice(2, 4), [7, 8])
np.insert(b, [2, 2], [7.13, False]) # type casting
x = np.arange(8).reshape(2, 4)
idx = (1, 3)
np.insert(x, idx, 999, axis=1)
a = np.array([[1, 2], [3, 4], [5, 6]])
a
np.compress([0, 1], a, axis=0)
np.compress([False, True, True], a, axis=0)
np.compress([False, True], a, axis=1)
np.compress([False, True], a)
arr = np.arange(12).reshape((3, 4))
arr
condition = np.mod(arr, 3)==0
condition
np.extract(condition, arr)
arr[condition]
x = [1, 1, 2]
uniq = np.unique_counts(x)
uniq.values
uniq.counts
x = [1, 1, 2]
uniq = np.unique_inverse(x)
uniq.values
uniq.inverse_indices
x = [1, 1, 2]
uniq = np.unique_all(x)
uniq.values
uniq.indices
uniq.inverse_indices
uniq.counts
np.sort(np.unique_values([1, 1, 2]))  # NumPy gives its hash table order: [2, 1]
a = np.arange(6).reshape(2, 3)
np.compress([1, 0, 1, 0, 0, 0, 1], a)
np.compress([[1]], a)
np.compress([1, 1], a, axis=2)
np.compress([1.5, 0], a, axis=1)
np.compress([], a, axis=1)
np.compress([True], 5)
a.compress([0, 1], 0)
np.compress(a, [1, 2])
np.insert(a, 1, 9)
np.insert(a, 1, 9, axis=1)
np.insert(a, [1], [[7], [8]], axis=1)
np.insert(a, 1, [7, 8], axis=1)
np.insert(a, slice(0, 2), 9, axis=1)
np.insert(a, 7, 9)
np.insert(a, [1, 7], 9)
np.insert(a, [[1]], 9)
np.insert(a, [True, False], 9, axis=0)
np.insert(a, 1.5, 9)
np.insert(a, 1, 9, axis=3)
np.insert(np.float64(3), 0, 1)
np.insert([1, 2, 3], [], 9)
np.insert([1, 2, 3], np.array([], dtype=float), 9)
np.unique_counts([[3, 1], [3, 2]])
np.unique_inverse([[3, 1], [3, 2]])
np.unique_all([[3, 1], [3, 2]])
np.unique_all([])
np.unique_values(5), np.unique_values([[4, 4], [4, 4]])
r = np.unique_counts([1, 1, 2])
r.values
r[1]
v, c = r
len(r)
type(r)
np.unique_counts(np.array([1.5, 1.5], dtype='>f8')).values.dtype
np.insert(np.arange(6).reshape(2, 3, order='F'), 1, 0, axis=1).flags.f_contiguous
np.insert(np.arange(6).reshape(3, 2).T, 1, 0, axis=1).flags.f_contiguous
np.insert(np.arange(4), np.array([True, False, True, False]), 9)
np.insert(np.arange(4), np.True_, 9)
np.insert(np.arange(4), [-1, -5], 9)
np.insert(np.arange(4), 1, [[1, 2], [3, 4]])
np.insert(np.arange(4), [1], [[1, 2], [3, 4]])
np.insert(np.zeros((2, 2)), 1, 2j)
np.insert(np.zeros((2, 2)), [0], 5, axis=0)
b = np.array([1, 2, 3], dtype='>i2')
np.insert(b, 1, 258), np.insert(b, 1, 258).dtype
np.insert(b, [0, 2], [256, 1]).dtype
np.compress([1, 0, 1], b).dtype, b.compress([0, 1]).dtype
np.extract([1, 0, 1], b).dtype
np.unique_all(b).values.dtype, np.unique_all(b).counts.dtype
a = np.arange(5)
a.conj() is a, a.conjugate() is a
