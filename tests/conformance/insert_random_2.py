import numpy as np
a = np.array([0.0, -1.5, 0.5, 3.25, 3.25, 0.0, 2.0, 0.5, -1.5, 0.0, 3.25, 3.25, 3.25, 3.25, -1.5, 0.0, 2.0, 0.5, 3.25, -1.5, -1.5, 0.5, 0.0, 2.0], dtype='complex128').reshape((2, 3, 4))
_u = np.unique_counts(a); _u
_u[0].dtype, len(_u)
a = np.array([6, 1], dtype='int64').reshape((2,))
_r = np.insert(a, slice(0, -1, 2), [[7], [8]]); _r, _r.dtype
a = np.array([], dtype='uint8').reshape((0,))
_r = np.insert(a, 0, [8]); _r, _r.dtype
a = np.array([3, 4, 1], dtype='int32').reshape((1, 3))
_r = np.insert(a, [1, 0], [[5, 6]], axis=0); _r, _r.dtype
a = np.array([5, 5], dtype='uint8').reshape((2, 1))
_r = np.insert(a, 1, [9, 8, 8]); _r, _r.dtype
a = np.array([-3, 1], dtype='int8').reshape((2,))
_r = np.insert(a, np.int64(1), [[7], [8]], axis=1); _r, _r.dtype
a = np.array([2.0, 0.5, -1.5, 3.25, 3.25, -1.5, -1.5, 3.25, 0.0, 3.25, 3.25, 3.25, 3.25, 2.0, 0.0, 3.25], dtype='>f8').reshape((4, 4))
_r = np.insert(a, -4, -1, axis=0); _r, _r.dtype
a = np.array([5], dtype='int32').reshape(())
_r = np.compress([2], a); _r, _r.dtype
a = np.array([2], dtype='int8').reshape(())
_r = a.compress([False], axis=-1); _r, _r.dtype
a = np.array([-1], dtype='int8').reshape(())
_r = a.compress([2], axis=2); _r, _r.dtype
a = np.array([2, -4, -4, 0, 6, 3, 3, 1, 1, 1, -1, 4], dtype='int32').reshape((1, 3, 4))
_u = np.unique_inverse(a); _u
_u[0].dtype, len(_u)
a = np.array([], dtype='int64').reshape((0, 2))
_r = np.insert(a, [], -1); _r, _r.dtype
a = np.array([-1.5], dtype='float64').reshape((1,))
_u = np.unique_counts(a); _u
_u[0].dtype, len(_u)
a = np.array([True, False, False], dtype='bool').reshape((3,))
_r = a.compress([False, 0, False]); _r, _r.dtype
a = np.array([1, 6, 3], dtype='uint16').reshape((3,))
_r = np.insert(a, 1.5, [9, 8, 9]); _r, _r.dtype
a = np.array([1, 3], dtype='uint16').reshape((2,))
_r = np.insert(a, np.array([1]), True); _r, _r.dtype
a = np.array([-1], dtype='int32').reshape(())
_r = np.insert(a, np.array([1]), True, axis=1); _r, _r.dtype
a = np.array([False], dtype='bool').reshape((1,))
_r = np.insert(a, -1, [], axis=2); _r, _r.dtype
a = np.array([0.0, 3.25, 0.5], dtype='float64').reshape((3,))
_r = np.insert(a, np.int64(1), -1); _r, _r.dtype
a = np.array([0.0, 2.0, 0.0], dtype='float64').reshape((3,))
_r = np.compress([True, 1], a, axis=1); _r, _r.dtype
a = np.array([True, False], dtype='bool').reshape((2,))
_r = np.insert(a, [], [9, 8, 8]); _r, _r.dtype
a = np.array([False, False, False, False], dtype='bool').reshape((4,))
_r = np.insert(a, np.int64(1), [], axis=1); _r, _r.dtype
a = np.array([-1.5], dtype='complex128').reshape((1,))
_u = np.unique_counts(a); _u
_u[0].dtype, len(_u)
a = np.array([0.0], dtype='float32').reshape((1,))
_r = np.insert(a, slice(0, 2, 2), [8, -2, 9], axis=-1); _r, _r.dtype
a = np.array([-1.5], dtype='>f8').reshape((1,))
_r = np.compress([True], a, axis=0); _r, _r.dtype
a = np.array([2], dtype='int32').reshape(())
_r = np.insert(a, 1.5, [8], axis=0); _r, _r.dtype
a = np.array([6, 5, 1, 1], dtype='>i4').reshape((4, 1))
_r = np.compress([False, 1, 0, 0, 0], a, axis=2); _r, _r.dtype
a = np.array([-2], dtype='>i4').reshape((1,))
_r = a.compress([False, 1], axis=-1); _r, _r.dtype
a = np.array([5], dtype='>i4').reshape(())
_r = np.insert(a, np.array([1]), [[7], [8]], axis=0); _r, _r.dtype
a = np.array([-2, -1, 2], dtype='<i2').reshape((3,))
_r = np.compress([2, 1], a); _r, _r.dtype
a = np.array([-4], dtype='int64').reshape(())
_r = np.insert(a, 0, [9], axis=-1); _r, _r.dtype
a = np.array([2.0, 0.0, -1.5, 2.0, 3.25, 0.0, 3.25, -1.5, -1.5], dtype='float32').reshape((3, 3))
_r = np.compress([True, True, True, 1], a, axis=1); _r, _r.dtype
a = np.array([3.25, 3.25, -1.5], dtype='complex128').reshape((3, 1))
_r = np.insert(a, 2, np.array([4.5, 5.5]), axis=2); _r, _r.dtype
a = np.array([6, 0, 4], dtype='>i4').reshape((3,))
_r = np.insert(a, [0, -1, -1], 2j, axis=3); _r, _r.dtype
a = np.array([1, 0, 5, 5], dtype='int64').reshape((2, 2, 1))
_r = np.insert(a, [], [-2, 9], axis=3); _r, _r.dtype
a = np.array([6, 3, 0, 5, 0, 6, 4, 2, 5, 6, 2, 5], dtype='uint16').reshape((4, 3))
_r = np.compress([True, True, True, True], a, axis=1); _r, _r.dtype
a = np.array([False, False, True, False], dtype='bool').reshape((2, 2, 1))
_u = np.unique_all(a); _u
_u[0].dtype, len(_u)
a = np.array([5, 2, 6, 4], dtype='uint8').reshape((4,))
_r = np.insert(a, np.array([1, -1]), np.array([4.5, 5.5]), axis=2); _r, _r.dtype
a = np.array([3], dtype='int32').reshape(())
_r = np.insert(a, slice(0, -1, 1), 9, axis=0); _r, _r.dtype
a = np.array([6, -1, 0, 5, 0, -4, -1, -3, 5, -1, 5, 5, -2, 1, -1, -4], dtype='int32').reshape((4, 4))
_u = np.unique_counts(a); _u
_u[0].dtype, len(_u)
a = np.array([2.0, -1.5, 0.0, -1.5, 3.25, 2.0, 0.5, 2.0, 0.5, 0.0, 0.5, 0.5, 3.25, -1.5, 0.0, -1.5], dtype='float32').reshape((4, 4))
_r = np.insert(a, [[1]], 7.5); _r, _r.dtype
a = np.array([-4, 5], dtype='>i4').reshape((2,))
_r = a.compress([2], axis=-1); _r, _r.dtype
a = np.array([4], dtype='int64').reshape((1,))
_r = np.insert(a, slice(0, 1, 1), 9, axis=0); _r, _r.dtype
a = np.array([-1.5, 3.25, 3.25, 2.0, 2.0, 0.0, 0.5, 0.5, 2.0, 0.5, 0.5, -1.5, 0.5, -1.5, 2.0, 3.25, 3.25, 0.5, 2.0, 2.0, 0.5, -1.5, -1.5, 2.0, 0.5, 2.0, 0.5, 3.25, -1.5, -1.5, 2.0, 3.25, -1.5, 0.0, 3.25, -1.5], dtype='>f8').reshape((3, 3, 4))
_u = np.unique_all(a); _u
_u[0].dtype, len(_u)
a = np.array([-3], dtype='>i4').reshape(())
_r = np.compress([1], a); _r, _r.dtype
_r = np.extract(a != 0, a); _r, _r.dtype
a = np.array([True, True, True], dtype='bool').reshape((3,))
_r = np.insert(a, [-1, -1], 2j, axis=2); _r, _r.dtype
a = np.array([1, -4, 6, -1, 5, 6, 0, -3, -3], dtype='<i2').reshape((3, 3))
_r = np.compress([True, True, True], a, axis=2); _r, _r.dtype
a = np.array([-1.5], dtype='float64').reshape(())
_r = np.insert(a, np.array([], dtype=int), [-2, 8], axis=-1); _r, _r.dtype
a = np.array([False, True, True, True, True, False, True, True], dtype='bool').reshape((4, 2))
_r = np.compress([2, 2, 1, 1], a, axis=-1); _r, _r.dtype
a = np.array([0.5, 0.5, 2.0, 0.0, -1.5, 3.25, -1.5, 0.0, -1.5, 0.0, -1.5, 3.25, 2.0, 3.25, 3.25, -1.5, 3.25, -1.5, -1.5, 0.5, 3.25, 0.0, 2.0, -1.5, 0.0, 0.0, -1.5, 0.0, -1.5, -1.5, 0.0, 0.5, 0.5, 2.0, 0.0, 3.25, 0.0, 2.0, 2.0, 3.25, 0.5, 0.0, 0.5, -1.5, 2.0, 0.5, 3.25, 0.5], dtype='float64').reshape((3, 4, 4))
_u = np.unique_all(a); _u
_u[0].dtype, len(_u)
a = np.array([4, 5, 2, 0, 6, -1, 3, 3], dtype='>i4').reshape((4, 2))
_r = np.compress([[1, 0]], a, axis=1); _r, _r.dtype
_r = np.extract(a != 0, a); _r, _r.dtype
a = np.array([-1, 6, 4, -2, -4, 5, 0, -1, 2, 6, -1, 0, -1, 5, 1, 4], dtype='<i2').reshape((4, 4))
_u = np.unique_all(a); _u
_u[0].dtype, len(_u)
a = np.array([-1.5, 0.5], dtype='float64').reshape((1, 2))
_r = np.compress([[1, 0]], a, axis=2); _r, _r.dtype
_r = np.extract(a != 0, a); _r, _r.dtype
a = np.array([-1, 0, 3], dtype='int32').reshape((1, 3))
_r = np.insert(a, [-3, -2], -1, axis=-1); _r, _r.dtype
a = np.array([0, 3, 1, 4], dtype='int32').reshape((2, 2))
_r = np.compress([False, 2], a, axis=0); _r, _r.dtype
a = np.array([1, 5], dtype='int32').reshape((1, 2))
_r = np.insert(a, np.array([0]), [[7], [8]], axis=0); _r, _r.dtype
a = np.array([4], dtype='uint8').reshape((1,))
_u = np.unique_counts(a); _u
_u[0].dtype, len(_u)
a = np.array([0.0, 2.0], dtype='>f8').reshape((2,))
_r = np.insert(a, np.array([0]), 9); _r, _r.dtype
a = np.array([-4], dtype='int8').reshape(())
_r = np.insert(a, -1, 9); _r, _r.dtype
