import numpy as np
# --- non-native byte order: a property of the dtype, as in NumPy
x = np.array([1, 2], dtype='>i4'); x
x.dtype; x.dtype.byteorder; x.dtype.str; x.dtype.isnative
x + 1
x * 1.5
x.sum()
x.byteswap()
x.view(x.dtype.newbyteorder())
x[0]
x.astype('<i4')
x.tobytes()
print(x)
x[::-1]
x[[1, 0, 1]]
x[1] = 300; x; x.tobytes()
x += 1; x
x.copy()
np.zeros(3, '>f4')
np.array([1.5, 2], dtype='>f8')
np.array([1, 2], dtype='>c8')
np.dtype('<i4').newbyteorder()
np.dtype('>u1')
np.dtype('>i8') == np.dtype('>i8')
np.info(np.arange(3, dtype='>i2'))
y = np.arange(6, dtype='>i2').reshape(2, 3); y.T; y.T.dtype; np.transpose(y).base is y.base
np.reshape(y, (3, 2)); y.flatten(); y.ravel()
y == y.astype('<i2')
np.array_equal(y, y.byteswap().view(y.dtype.newbyteorder()))
f = np.asfortranarray(y); f; f.flags.f_contiguous; np.array(y).dtype; np.asarray(y) is y
np.array(y, dtype='f4')
s = np.array([3, 1, 2], dtype='>i4'); s.sort(); s; s.fill(7); s
