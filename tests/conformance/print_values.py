import numpy as np
# --- scalar reprs and strs of every dtype
np.float16(0.1)
np.float32(0.1)
np.float64(0.1)
np.True_
np.False_
np.complex128(1+2j)
np.complex64(1+2j)
np.complex128(-1.5j)
np.complex128(complex(np.nan, np.inf))
np.int8(-5)
np.int16(300)
np.int32(-70000)
np.int64(2**40)
np.uint8(7)
np.uint16(65535)
np.uint32(4000000000)
np.uint64(2**64 - 1)
np.float16(1000.0)
np.float16(65504)
np.float32(1e6)
np.float32(123456.7)
np.float32(1e-5)
np.float64(1e16)
np.float64(1e-300)
np.float64(-0.0)
str(np.float16(0.1))
str(np.float32(1e6))
str(np.complex64(1.5-0.5j))
str(np.complex128(complex(0, -0.0)))
str(np.uint64(2**64 - 1))
print(np.float32(3.4028235e38), np.float16(-np.inf), np.float64(np.nan))
repr(np.int8(3))
[np.float32(0.5), np.complex64(1j), np.True_]
{'a': np.int16(1)}
# --- dtype reprs
np.dtype('float64')
np.dtype(np.int8)
np.dtype('u8')
np.dtype(bool)
np.dtype(complex)
np.arange(3).dtype
str(np.dtype('f2'))
print(np.dtype('c8'))
np.float32
np.bool_
type(np.float64(1))
type(np.arange(3))
np.arange(3).dtype.name
np.dtype('i4').itemsize
# --- the named arrays
np.linspace(0, 1, 7)
np.arange(2000.).reshape(40, 50)[4:100:5, :-10:-1, None]
np.array([1e-5, 1.0])
print(np.array([1e-5, 1.0]))
# --- flags blocks
np.arange(6).flags
np.arange(6).reshape(2, 3).T.flags
np.arange(6)[::2].flags
np.zeros((3, 1)).flags
np.zeros(0).flags
print(np.arange(6).reshape(2, 3)[:, 1:].flags)
np.broadcast_to(np.arange(3), (2, 3)).flags
# --- __array_interface__
np.arange(6, dtype=np.int16).__array_interface__
np.arange(6.).reshape(2, 3).T.__array_interface__
np.arange(10, dtype=np.uint8)[::3].__array_interface__
np.array(1.5).__array_interface__
np.zeros((2, 2), dtype=np.complex64).__array_interface__
np.ones(3, dtype=bool).__array_interface__
