import numpy as np
# --- scalars
np.int64(3)
np.uint8(255)
np.int8(-128)
np.True_
np.False_
np.bool_(1)
np.float64(1e16)
np.float64(1e-5)
np.float64(123456789012345.0)
np.float64(-np.inf)
str(np.int64(3))
str(np.float64(0.1))
str(np.True_)
print(np.uint8(255), np.True_, np.float64(2.5))
repr(np.float64(2.5))
np.arange(5)[2]
np.arange(5.)[2]
np.ones(2, bool)[0]
[np.int64(1), np.float64(2.0)]
(np.uint8(1),)
# --- dtype suffix rules
np.array([1, 2], dtype=np.int32)
np.array([1, 2], dtype=np.int64)
np.array([1., 2.], dtype=np.float64)
np.array([1., 2.], dtype=np.float32)
np.array([True], dtype=bool)
np.array([1j])
np.array([1j], dtype=np.complex64)
np.array([1, 2], dtype=np.uint64)
np.array([], dtype=np.int32)
np.zeros((2, 0), dtype=np.int64)
# --- widths, signs, alignment
np.array([1, -1, 100, -1000])
np.array([[1.5, -2.25], [100.125, 3.0]])
np.array([1.0, 2.0, 3.0])
np.array([1.0, 2.5])
np.array([123456789.0, 0.001])
np.array([1e-10, 1e10])
np.array([[1e-10], [1.0]])
np.array([np.nan, 1.0])
np.array([np.inf, 1.5, -2.0])
np.array([np.nan, np.nan])
np.array([-np.inf, np.inf])
np.arange(30.) * 1e5
np.arange(25).reshape(5, 5) - 12
np.arange(100).reshape(2, 50)
np.ones((2, 2, 2, 2), dtype=np.uint8)
np.arange(6.).reshape(1, 2, 3, 1)
np.arange(40).reshape(2, 20) * 1000
