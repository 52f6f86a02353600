import numpy as np
a = np.array([4], dtype='uint16').reshape(())
_u = np.unique_counts(a); _u
_u[0].dtype, len(_u)
a = np.array([5, 5], dtype='<i2').reshape((2,))
_r = a.compress([True, 0, True], axis=1); _r, _r.dtype
a = np.array([0, 4, 3, -1, 6, 1, 1, 3], dtype='int64').reshape((2, 4))
_r = np.insert(a, -1, [-2], axis=2); _r, _r.dtype
a = np.array([0.0, 0.5, 0.0], dtype='>f8').reshape((1, 3, 1))
_r = np.insert(a, -2, [-2], axis=1); _r, _r.dtype
a = np.array([0.5, 2.0, 0.5, 0.5], dtype='>f8').reshape((4,))
_r = np.insert(a, 0, np.array([4.5, 5.5]), axis=1); _r, _r.dtype
a = np.array([3.25, 3.25, 2.0, -1.5, 3.25, 3.25], dtype='complex128').reshape((2, 3))
_r = np.insert(a, [0, 0], True); _r, _r.dtype
a = np.array([4, 1, 2, 1, 0, 0, 4, 6, 0], dtype='uint16').reshape((3, 3))
_r = np.insert(a, np.array([-1, -3, -1]), 7.5, axis=1); _r, _r.dtype
a = np.array([2.0, 2.0, 0.0, -1.5], dtype='float32').reshape((4,))
_r = np.insert(a, np.array([-1]), [8, 9, -2], axis=1); _r, _r.dtype
a = np.array([6, 5, 2, 3, 6, 4, 6, 5, 2], dtype='uint16').reshape((3, 3, 1))
_u = np.unique_counts(a); _u
_u[0].dtype, len(_u)
a = np.array([0.5, 0.5, -1.5, 0.5], dtype='complex128').reshape((4,))
_r = np.insert(a, 5, [], axis=0); _r, _r.dtype
a = np.array([2.0, 2.0, 0.5, 2.0], dtype='float64').reshape((2, 2))
_r = np.compress([2], a); _r, _r.dtype
a = np.array([3.25, 2.0, 0.5, -1.5, 0.0, 0.0, 3.25, 3.25, 0.0, -1.5, 3.25, -1.5], dtype='float64').reshape((3, 4))
_r = a.compress([False, 1, False], axis=1); _r, _r.dtype
a = np.array([3, 3, 3], dtype='uint8').reshape((3,))
_r = np.insert(a, 1.5, 2j, axis=-1); _r, _r.dtype
a = np.array([3], dtype='uint8').reshape(())
_u = np.unique_counts(a); _u
_u[0].dtype, len(_u)
a = np.array([0.5, 0.5, 0.5, 2.0, -1.5, 2.0, 0.5, 3.25], dtype='float32').reshape((2, 4))
_r = np.compress([0, 1], a, axis=-1); _r, _r.dtype
a = np.array([-4, 1], dtype='int32').reshape((1, 2))
_r = a.compress([True, 2], axis=-1); _r, _r.dtype
_r = np.extract(a != 0, a); _r, _r.dtype
a = np.array([0.0, 0.5, 0.5, 3.25, 0.0, 0.5, 3.25, 2.0, 3.25, 3.25, -1.5, -1.5, 0.0, 0.5, 0.0, -1.5], dtype='float64').reshape((2, 4, 2))
_r = np.insert(a, slice(-2, -1, 1), 9, axis=2); _r, _r.dtype
a = np.array([1, 1, 4, 2], dtype='uint8').reshape((4,))
_r = np.insert(a, [1], [9, 9, 9], axis=2); _r, _r.dtype
a = np.array([False], dtype='bool').reshape(())
_r = np.compress([[1, 0]], a); _r, _r.dtype
a = np.array([3, 5, -1, 4], dtype='int8').reshape((4,))
_u = np.unique_all(a); _u
_u[0].dtype, len(_u)
a = np.array([4, 2, 6, 6], dtype='uint8').reshape((4, 1))
_r = np.compress([2, False, 0, True, 0], a); _r, _r.dtype
a = np.array([0.0, 0.0, -1.5, 2.0], dtype='complex128').reshape((4,))
_r = np.insert(a, 5, [-2, -2, 9], axis=0); _r, _r.dtype
a = np.array([1], dtype='uint16').reshape((1, 1, 1))
_r = a.compress([True], axis=-1); _r, _r.dtype
a = np.array([2, 2], dtype='uint16').reshape((2,))
_r = np.insert(a, [2], 9, axis=-1); _r, _r.dtype
a = np.array([3.25, 3.25, 2.0, -1.5, 2.0, 0.0, 3.25, -1.5, 2.0, -1.5, 0.5, 0.0, 2.0, 0.0, -1.5, 2.0], dtype='float64').reshape((4, 4))
_r = np.compress([2, 0, True, True, 2], a, axis=-1); _r, _r.dtype
a = np.array([3, 0, -1], dtype='>i4').reshape((3,))
_r = a.compress([[1, 0]], axis=0); _r, _r.dtype
_r = np.extract(a != 0, a); _r, _r.dtype
a = np.array([False, True], dtype='bool').reshape((1, 2, 1))
_r = a.compress([]); _r, _r.dtype
a = np.array([0.5], dtype='>f8').reshape(())
_r = np.insert(a, np.int64(1), 2j, axis=3); _r, _r.dtype
a = np.array([2.0, 0.0, 2.0, -1.5, 3.25, 3.25], dtype='>f8').reshape((2, 1, 3))
_r = a.compress([True], axis=1); _r, _r.dtype
a = np.array([-4, -3, -4, -4, 6, -3], dtype='int8').reshape((2, 3))
_r = np.insert(a, np.array([True, True, True, True, True, False]), []); _r, _r.dtype
a = np.array([6, 2, 1, 4, 2, 1], dtype='uint8').reshape((3, 2))
_r = np.insert(a, 0, 9, axis=0); _r, _r.dtype
a = np.array([2.0, 3.25, -1.5], dtype='float32').reshape((3, 1))
_u = np.unique_counts(a); _u
_u[0].dtype, len(_u)
a = np.array([2], dtype='uint8').reshape(())
_r = np.insert(a, [-1], True); _r, _r.dtype
a = np.array([], dtype='<i2').reshape((4, 0, 3))
_r = np.insert(a, 1, 2j, axis=3); _r, _r.dtype
a = np.array([6, 2, 1], dtype='int64').reshape((3,))
_r = a.compress([2, 2, False, 2], axis=1); _r, _r.dtype
a = np.array([5, 6, 3, 1, 3, 6, 3, 4, 4, 6, 5, 5], dtype='uint8').reshape((4, 1, 3))
_u = np.unique_all(a); _u
_u[0].dtype, len(_u)
a = np.array([], dtype='>i4').reshape((2, 0))
_r = np.insert(a, slice(-1, -1, 2), -1, axis=3); _r, _r.dtype
a = np.array([True, True, False, True, True, True], dtype='bool').reshape((3, 2))
_r = np.insert(a, 4, True); _r, _r.dtype
a = np.array([5], dtype='uint8').reshape(())
_r = a.compress([True]); _r, _r.dtype
a = np.array([-1.5, 0.5, 3.25, 2.0, -1.5, 0.0, 0.0, 0.5, -1.5, 3.25, -1.5, 3.25, 3.25, -1.5, 0.5, 0.0], dtype='complex128').reshape((4, 4))
_r = a.compress([1, 2, 2, False]); _r, _r.dtype
a = np.array([3, 5], dtype='uint8').reshape((1, 2))
_r = a.compress([]); _r, _r.dtype
a = np.array([0.5, -1.5, 2.0, -1.5, 2.0, 3.25, 0.5, 0.5], dtype='>f8').reshape((1, 4, 2))
_r = np.insert(a, 3, [9, -2, 8], axis=2); _r, _r.dtype
a = np.array([False], dtype='bool').reshape(())
_r = np.insert(a, 2, 7.5, axis=-1); _r, _r.dtype
a = np.array([-1.5, 3.25, 0.5], dtype='complex128').reshape((3,))
_r = a.compress([2, 2], axis=1); _r, _r.dtype
a = np.array([-4], dtype='int32').reshape(())
_u = np.unique_all(a); _u
_u[0].dtype, len(_u)
a = np.array([6, -2, -2, 1], dtype='int8').reshape((4,))
_r = np.insert(a, -1, -1, axis=1); _r, _r.dtype
a = np.array([3.25, 0.0, 0.0, 3.25], dtype='float64').reshape((4,))
_r = np.insert(a, 2, True, axis=-1); _r, _r.dtype
a = np.array([2, 2, 2, 6, 2, 1], dtype='uint8').reshape((2, 3))
_r = np.insert(a, [], np.array([4.5, 5.5]), axis=2); _r, _r.dtype
a = np.array([], dtype='uint16').reshape((0, 1))
_u = np.unique_inverse(a); _u
_u[0].dtype, len(_u)
a = np.array([6, -3, 0], dtype='int8').reshape((3,))
_r = np.compress([0, 1, 1], a); _r, _r.dtype
_r = np.extract(a != 0, a); _r, _r.dtype
a = np.array([3.25, 3.25, 3.25, 3.25], dtype='complex128').reshape((4,))
_r = np.compress([1, 0, 2, False], a); _r, _r.dtype
a = np.array([3.25, 0.5], dtype='float64').reshape((2,))
_r = np.insert(a, slice(2, -1, 1), 2j, axis=-1); _r, _r.dtype
a = np.array([0.0, 0.5, 0.5], dtype='float32').reshape((3,))
_r = np.insert(a, [-1], [9, 9], axis=1); _r, _r.dtype
a = np.array([-2, -2, -1, -4, 6, 2, -2, 0, 5, -2, 4, -2], dtype='int64').reshape((3, 4, 1))
_r = np.insert(a, [], True, axis=-1); _r, _r.dtype
a = np.array([3.25, 0.0, 3.25, 0.0], dtype='>f8').reshape((4,))
_u = np.unique_inverse(a); _u
_u[0].dtype, len(_u)
a = np.array([6], dtype='uint16').reshape((1,))
_r = np.insert(a, [0], [-2, 8], axis=-1); _r, _r.dtype
a = np.array([-3], dtype='>i4').reshape(())
_r = np.insert(a, [1, 1, 1], [[7], [8]], axis=0); _r, _r.dtype
a = np.array([True, True, True, True, True, False, True, False, True, False, False, False, False, True, False, False, True, False, True, False, True, True, False, False, True, False, True, False, True, True, True, False], dtype='bool').reshape((2, 4, 4))
_r = a.compress([True, False, False], axis=0); _r, _r.dtype
a = np.array([True, True, False, True], dtype='bool').reshape((4,))
_r = a.compress([2, True, True, True], axis=1); _r, _r.dtype
_r = np.extract(a != 0, a); _r, _r.dtype
