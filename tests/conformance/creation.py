import numpy as np
# --- np.array / np.asarray and dtype inference
np.array([1, 2, 3]).dtype
np.array([1, 2.0]).dtype
np.array([1, True]).dtype
np.array([True, False]).dtype
np.array([1 + 0j, 1]).dtype
np.array([[1, 2], [3, 4]], dtype=np.float32)
np.array([2**63]).dtype
np.array([-2**63]).dtype
np.array([1, 2**63]).dtype
np.array([np.uint8(1), 2]).dtype
np.array([np.float32(1), 2]).dtype
np.array([np.float32(1), 2.0]).dtype
np.array((1, 2, 3))
np.array([(1, 2), (3, 4)])
np.array([[[1]], [[2]]]).shape
np.array([[], []]).shape
np.array(np.arange(3), dtype=float)
np.array([1.5, 2.7], dtype=int)
np.array([-1], dtype=np.uint8)
np.array([256], dtype=np.uint8)
np.array([1, [2, 3]])
np.array([[1, 2], [3, 4]], ndmin=3).shape
np.array(3, ndmin=2)
np.asarray([1, 2])
np.asarray((1.5,))
a = np.arange(3)
np.asarray(a) is a
np.asarray(a, dtype=np.int64) is a
np.asarray(a, dtype=float) is a
np.array(a) is a
np.array(a, copy=False) is a
np.array(a, dtype=float, copy=False)
# --- zeros ones empty full and the _like functions
np.zeros((2, 3), dtype=np.int8)
np.ones(4, dtype=np.complex64)
np.empty(0)
np.empty((2, 3)).shape
np.empty((2, 3), dtype=np.uint8).dtype
np.full(3, 7)
np.full((2, 2), 1.5)
np.full((2, 2), 7, dtype=np.float32)
np.full(3, True)
np.full(3, 300, dtype=np.uint8)
np.full((2, 3), [1, 2, 3])
np.full((2, 3), [1, 2])
np.full(2, np.nan)
np.full(2, 1j)
np.zeros_like(np.arange(4))
np.zeros_like(np.arange(4.).reshape(2, 2))
np.ones_like(np.array([1.5, 2.5], dtype=np.float32))
np.ones_like(np.arange(3), dtype=float)
np.full_like(np.arange(4), 9)
np.full_like(np.arange(4), 2.7)
np.full_like(np.arange(4.), 2.7)
np.empty_like(np.arange(4)).shape
np.empty_like(np.arange(4), dtype=bool).dtype
np.zeros_like(np.arange(6).reshape(2, 3).T).strides
np.zeros_like(np.arange(6).reshape(2, 3)[:, ::2]).strides
np.zeros((2, 3)).flags.owndata
np.zeros(3, dtype='u3')
np.ones((2, -3))
np.zeros(2.5)
np.zeros((2, 2.0))
# --- arange
np.arange(5)
np.arange(-3, 3)
np.arange(1, 10, 3)
np.arange(10, 1, -4)
np.arange(0, 1, 0.1)
np.arange(0, 1, 0.1).shape
np.arange(1, 1.3, 0.1)
np.arange(5, 1)
np.arange(0.5, 3)
np.arange(3, dtype=float)
np.arange(3.0).dtype
np.arange(np.uint8(3)).dtype
np.arange(0, 5, 2, dtype=np.int16)
np.arange(-5, -1, dtype=np.uint8)
np.arange(1, 2, 0)
np.arange(1, 2, 0.0)
np.arange(np.inf)
