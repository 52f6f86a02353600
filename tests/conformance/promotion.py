import numpy as np
u8 = np.array([1, 2, 250], dtype=np.uint8)
i8 = np.array([-1, 2, 100], dtype=np.int8)
i64 = np.array([1, 2, 3])
f32 = np.array([1.5, 2.5, 3.5], dtype=np.float32)
f64 = np.array([1.5, 2.5, 3.5])
# --- Python scalars are weak (NEP 50)
u8 + 1
(u8 + 1).dtype
u8 + 10
u8 * 2
u8 + 300
u8 + -1
u8 - 1
u8 + 255
u8 + 256
i8 + 200
i8 * 127
u8 + 1.5
(u8 + 1.5).dtype
(f32 + 1.5).dtype
(f32 + 1e300).dtype
f32 + 1e300
(f32 * 2).dtype
(i64 + 10.0).dtype
(u8 + 1j).dtype
(f32 + 1j).dtype
u8 + True
(u8 > 1).dtype
(i64 / 2).dtype
(u8 / 2).dtype
(f32 / 2).dtype
(u8 // 2).dtype
(np.array([True]) + 1).dtype
np.array([True]) + True
(np.array([True]) + 1.5).dtype
u8 == 300
u8 < 1000
i8 < -200
# --- NumPy scalars are strong
(u8 + np.int64(1)).dtype
(u8 + np.uint8(1)).dtype
(u8 + np.float32(1)).dtype
(f32 + np.float64(1)).dtype
(i64 + np.float32(1)).dtype
(u8 + np.int8(1)).dtype
(np.int8(1) + 1).dtype
np.uint8(250) + 10
np.uint8(250) + 300
np.uint8(250) + np.uint8(10)
np.int8(-128) - np.int8(1)
type(np.float32(1) + 1.0)
type(np.int64(1) + 1.5)
np.float32(0.1) + 0.1
np.float64(0.1) + np.float32(0.1)
type(3 + np.float16(1))
# --- array + array promotion table
(u8 + i8).dtype
(u8 + np.array([1], dtype=np.uint16)).dtype
(u8 + np.array([1], dtype=np.int16)).dtype
(i8 + np.array([1], dtype=np.uint64)).dtype
(i64 + np.array([1], dtype=np.uint64)).dtype
(np.array([1], dtype=np.uint32) + np.array([1], dtype=np.int32)).dtype
(i64 + f32).dtype
(np.array([1], dtype=np.int16) + f32).dtype
(np.array([1], dtype=np.int8) + np.array([1], dtype=np.float16)).dtype
(np.array([1], dtype=np.int32) + np.array([1], dtype=np.float16)).dtype
(f32 + np.array([1j], dtype=np.complex64)).dtype
(f64 + np.array([1j], dtype=np.complex64)).dtype
(np.array([True]) + u8).dtype
(np.array([True]) & np.array([False])).dtype
np.result_type(np.uint8, np.int8)
np.result_type(np.int64, np.uint64)
np.result_type(np.float16, np.int16)
np.result_type(u8, 1)
np.result_type(u8, 1.0)
np.promote_types('u1', 'i1')
np.promote_types('i8', 'f4')
np.promote_types('f2', 'c8')
np.can_cast(np.int64, np.float64)
np.can_cast(np.float64, np.int64)
np.can_cast(np.float64, np.int64, casting='same_kind')
np.can_cast(np.int32, np.int16, casting='same_kind')
np.can_cast(np.uint8, np.int8)
