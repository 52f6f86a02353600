import numpy as np
u8 = np.array([1, 2, 250], dtype=np.uint8)
i8 = np.array([-1, 2, 100], dtype=np.int8)
i64 = np.array([1, 2, 3])
f32 = np.array([1.5, 2.5, 3.5], dtype=np.float32)
f64 = np.array([1.5, 2.5, 3.5])
# --- ufunc output dtypes
np.sqrt(u8).dtype
np.sqrt(np.array([1], dtype=np.int8)).dtype
np.sqrt(np.array([1], dtype=np.int16)).dtype
np.sqrt(i64).dtype
np.sqrt(np.array([True])).dtype
np.sqrt(f32).dtype
np.exp(np.array([1], dtype=np.uint16)).dtype
np.abs(np.array([1j], dtype=np.complex64)).dtype
np.floor(u8).dtype
np.sign(u8).dtype
np.arctan2(u8, i8).dtype
np.true_divide(i8, i8).dtype
np.power(u8, 2).dtype
np.power(i64, -1)
np.power(i64, np.array([-1]))
np.power(i64, 0.5).dtype
np.logical_and(u8, f32).dtype
np.maximum(u8, 1000)
np.bitwise_and(u8, 1.5)
np.left_shift(u8, 1.0)
np.bitwise_or(f32, f32)
np.invert(f64)
# --- mixed-kind comparisons
np.array([1], dtype=np.uint64) == np.array([-1])
np.array([2**63], dtype=np.uint64) > np.array([-1])
np.array([1.0]) == np.array([1], dtype=np.uint64)
i64 == 'a'
