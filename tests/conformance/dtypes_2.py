import numpy as np
# --- dtype attributes
d = np.dtype('uint8')
d.itemsize
d.name
d.kind
d.char
d.str
d.byteorder
d.type
np.dtype(bool).str
np.dtype(bool).kind
np.dtype(bool).char
np.dtype(bool).name
np.dtype('i2').str
np.dtype('f2').name
np.dtype('f2').itemsize
np.dtype('f4').char
np.dtype('c8').str
np.dtype('c8').kind
np.dtype('c16').itemsize
np.dtype('c16').name
np.dtype('u8').name
np.dtype('i8').byteorder
np.dtype('f8').byteorder
np.dtype('i1').byteorder
str(np.dtype('f4'))
print(np.dtype('u2'))
# --- comparisons of dtypes with names
np.dtype('i8') == np.int64
np.dtype('u1') == 'uint8'
np.dtype('f8') == float
np.dtype('f4') == np.float64
np.dtype(int) is np.dtype('i8')
# --- errors
np.dtype('int128')
np.dtype('u3')
np.dtype('x')
np.dtype(3)
np.zeros(3, dtype='float99')
# --- arrays of every dtype
np.zeros(3, dtype=bool)
np.zeros(3, dtype=np.int8)
np.ones(3, dtype='i2')
np.ones(3, dtype='<i4')
np.arange(3, dtype='B')
np.arange(3, dtype='u2')
np.arange(3, dtype='u4')
np.arange(3, dtype='u8')
np.arange(3, dtype='e')
np.arange(3, dtype='f4')
np.arange(3, dtype='=f8')
np.arange(3, dtype='c8')
np.arange(3, dtype=complex)
np.array([1, 2], dtype='int8').dtype
np.array([1, 2], dtype='int8').itemsize
np.array([1, 2], dtype='int8').strides
np.array([1.5], dtype=np.float16).nbytes
np.array([1j]).dtype
np.array([1, 2.5]).dtype
np.array([True, 2]).dtype
np.array([1, 2j]).dtype
np.array(3.0).dtype
np.array([], dtype='u1').dtype
np.arange(5, dtype='u1').dtype.type
type(np.arange(5, dtype='u1')[0])
type(np.arange(5.)[0])
type(np.ones(2, bool)[0])
type(np.ones(2, 'c8')[0])
# --- np.info of several dtypes
np.info(np.zeros(3, dtype=np.int8))
np.info(np.zeros(3, dtype=np.uint16))
np.info(np.zeros(3, dtype=np.float16))
np.info(np.zeros(3, dtype=np.float32))
np.info(np.zeros(3, dtype=np.complex64))
np.info(np.zeros(3, dtype=np.complex128))
