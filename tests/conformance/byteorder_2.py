import numpy as np
# --- which results keep a non-native byte order (NumPy keeps the descriptor when it only
# --- moves or copies elements, or makes an array "like" the input), and out= arrays
x = np.array([3, 1, 2, 4], dtype='>i4')
m = x.reshape(2, 2)
f = np.array([1.25, -2.5, 3.75], dtype='>f8')
x.copy().dtype, np.copy(x).dtype, np.array(x).dtype, np.asarray(x).dtype
x.astype('>i4').dtype, x.astype('<i4').dtype, x.astype('>f8')
np.concatenate([x, x]).dtype, np.concatenate([x, np.arange(2, dtype='<i4')]).dtype
x[1:].dtype, x[[0, 2]], x[x > 1]
m.T.reshape(-1), m.T.copy().dtype, m.T.flatten()
np.tile(x, 2)
np.repeat(x, 2)
x.repeat(2)
x.take([0, 3])
np.take(x, [1])
np.roll(x, 1)
np.diag(x)
np.diag(m)
np.diagflat(x[:2])
np.diagonal(m)
m.diagonal()
np.split(x, 2)
np.array_split(x, 3)
np.sort(x)
np.sort(m, axis=None)
np.unique(x)
np.pad(x, 1)
np.pad(x, 1, constant_values=9)
np.round(f)
np.round(x)
np.round(x, -1)
np.round(f, 0), np.round(f, decimals=2), f.round(1)
np.around(f, 1)
f.round()
x.round()
np.nan_to_num(f)
np.empty_like(x).dtype
np.zeros_like(x)
np.ones_like(x)
np.full_like(x, 7)
np.full_like(f, 0.5)
np.zeros_like(x, dtype=float)
x.tobytes() == np.sort(x)[np.argsort(np.sort(x))].tobytes()
np.sort(x).tobytes()
np.pad(x, 1, constant_values=9).tobytes()
# --- results NumPy makes native: arithmetic, reductions, most functions
np.resize(x, 6).dtype, np.tril(m).dtype, np.where(x > 2, x, 0).dtype, np.cumsum(x).dtype
np.clip(x, 1, 2).dtype, np.abs(x).dtype, (x + 1).dtype, x.max().dtype
np.array([x, x]).dtype, np.stack([x, x]).dtype
# --- out= arrays of non-native byte order
out = np.zeros(4, dtype='>i4')
np.add(x, 1, out=out)
out
out.dtype, out.tobytes()
np.add(np.arange(4), 1, out=out)
np.negative(x, out)
out
r = np.multiply(x, 2, out=out); r is out
out2 = np.zeros(3, dtype='>f8')
np.sqrt(f * f, out=out2)
np.sum(x, out=np.zeros((), dtype='>i8'))
np.abs(-x, x)
x
np.copyto(out, x)
out
np.copyto(out, 5, where=x > 2)
out
np.putmask(out, x > 3, 0)
out
out[:] = x[::-1]
out
ro = np.zeros(4, dtype='>i4'); ro.flags.writeable = False
np.add(x, 1, out=ro)
q, r2 = np.divmod(x, 3, out=(np.zeros(4, '>i4'), np.zeros(4, '>i2')))
q, r2
