import numpy as np
# --- every spelling
np.dtype('b').name
np.dtype('B').name
np.dtype('h').name
np.dtype('H').name
np.dtype('i').name
np.dtype('I').name
np.dtype('l').name
np.dtype('L').name
np.dtype('e').name
np.dtype('f').name
np.dtype('d').name
np.dtype('F').name
np.dtype('D').name
np.dtype('?').name
np.dtype('i1').name
np.dtype('u1').name
np.dtype('i2').name
np.dtype('u2').name
np.dtype('i4').name
np.dtype('u4').name
np.dtype('i8').name
np.dtype('u8').name
np.dtype('f2').name
np.dtype('f4').name
np.dtype('f8').name
np.dtype('c8').name
np.dtype('c16').name
np.dtype('b1').name
np.dtype('<i2').name
np.dtype('=u4').name
np.dtype('|u1').name
np.dtype('|b1').name
np.dtype('<c8').name
np.dtype('=c16').name
np.dtype('<f2').name
np.dtype('int8').name
np.dtype('uint16').name
np.dtype('float16').name
np.dtype('half').name
np.dtype('single').name
np.dtype('double').name
np.dtype('int_').name
np.dtype('intp').name
np.dtype('uint').name
np.dtype('bool_').name
np.dtype('byte').name
np.dtype('ubyte').name
np.dtype('short').name
np.dtype('longlong').name
np.dtype(int).name
np.dtype(float).name
np.dtype(bool).name
np.dtype(complex).name
np.dtype(np.int8).name
np.dtype(np.float16).name
np.dtype(np.complex64).name
np.dtype(np.bool_).name
np.dtype(np.intc).name
np.dtype(np.uintp).name
np.dtype('i3')
np.dtype('foo')
np.dtype('u16')
np.dtype(None)
np.dtype('<b1')
np.dtype('|i4')
np.dtype(3)
# --- attributes for each dtype
(np.dtype('?').kind, np.dtype('?').char, np.dtype('?').str, np.dtype('?').itemsize, np.dtype('?').byteorder)
(np.dtype('i1').kind, np.dtype('i1').char, np.dtype('i1').str, np.dtype('i1').itemsize, np.dtype('i1').byteorder)
(np.dtype('u2').kind, np.dtype('u2').char, np.dtype('u2').str, np.dtype('u2').itemsize, np.dtype('u2').byteorder)
(np.dtype('i4').kind, np.dtype('i4').char, np.dtype('i4').str, np.dtype('i4').itemsize, np.dtype('i4').byteorder)
(np.dtype('u8').kind, np.dtype('u8').char, np.dtype('u8').str, np.dtype('u8').itemsize, np.dtype('u8').byteorder)
(np.dtype('f2').kind, np.dtype('f2').char, np.dtype('f2').str, np.dtype('f2').itemsize, np.dtype('f2').byteorder)
(np.dtype('f4').kind, np.dtype('f4').char, np.dtype('f4').str, np.dtype('f4').itemsize, np.dtype('f4').byteorder)
(np.dtype('f8').kind, np.dtype('f8').char, np.dtype('f8').str, np.dtype('f8').itemsize, np.dtype('f8').byteorder)
(np.dtype('c8').kind, np.dtype('c8').char, np.dtype('c8').str, np.dtype('c8').itemsize, np.dtype('c8').byteorder)
(np.dtype('c16').kind, np.dtype('c16').char, np.dtype('c16').str, np.dtype('c16').itemsize, np.dtype('c16').byteorder)
np.dtype('?').alignment
np.dtype('i2').alignment
np.dtype('f8').alignment
np.dtype('c8').alignment
np.dtype('c16').alignment
np.dtype('?').num
np.dtype('b').num
np.dtype('B').num
np.dtype('h').num
np.dtype('H').num
np.dtype('i').num
np.dtype('I').num
np.dtype('l').num
np.dtype('L').num
np.dtype('e').num
np.dtype('f').num
np.dtype('d').num
np.dtype('F').num
np.dtype('D').num
np.dtype('f8').type
np.dtype('c8').type is np.complex64
np.dtype('i8') == 'int64'
np.dtype('i8') == np.int64
np.dtype('i8') == 'l'
np.dtype('i8') != np.dtype('u8')
np.dtype('i4').descr
np.dtype('u1').isnative
str(np.dtype('f4'))
repr(np.dtype('?'))
np.zeros(2, 'u8').dtype
np.zeros(2, 'B').dtype.name
np.array([1, 2], dtype='H')
np.array([1.5], dtype='e')
np.array([1], dtype='D')
np.ones(2, dtype=bool)
np.ones(2, dtype=float).__array_interface__
np.ones((2, 2), dtype=np.complex64)[:, ::-1].__array_interface__
np.zeros((), dtype=np.int8).__array_interface__
x = np.arange(6, dtype=np.float32).reshape(2, 3)
x.data
x.data.format
x.data.itemsize
x.data.shape
x.data.strides
x.data.nbytes
x.data.readonly
x.data.tobytes()
x.data.tolist()
x.T.data.c_contiguous
x.T.data.f_contiguous
x.tobytes()
x.T.tobytes('F') == x.tobytes()
np.info(x.T)
np.info(x[:, ::2])
np.info(np.zeros(3, dtype=bool))
np.info(np.zeros(3, dtype='u8'))
np.info(np.zeros((), dtype=np.float64))
np.info(np.zeros((2, 2), dtype=np.int16, order='F'))
np.info(np.ones(4, np.uint8).view(np.int16)[::-1])
