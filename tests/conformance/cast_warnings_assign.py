import numpy as np
# The casting warnings of array-to-array conversions other than astype (np.asarray,
# np.array with dtype=, assignment into an array of another dtype, np.copyto), shown
# as errors under np.errstate(..='raise'); the values written before the error stay.
f = np.array([1.5, np.nan, np.inf, -1e300])
with np.errstate(invalid='raise'):
    np.asarray(f, dtype=int)
with np.errstate(invalid='raise'):
    np.array(f, dtype=np.int8)
with np.errstate(invalid='raise'):
    np.asanyarray(f[:1], dtype=np.int16)
with np.errstate(over='raise'):
    np.asarray(np.array([1e300]), dtype=np.float32)
with np.errstate(over='raise'):
    np.array(np.array([1e5]), dtype=np.float16)
with np.errstate(over='raise'):
    np.array(np.array([70000]), dtype=np.float16)
b = np.zeros(4, int)
with np.errstate(invalid='raise'):
    b[...] = f
b
b = np.zeros(4, int)
with np.errstate(invalid='raise'):
    b[:2] = f[2:]
b = np.zeros(4, int)
with np.errstate(invalid='raise'):
    b[[0, 1]] = f[:2]
b = np.zeros(4, int)
with np.errstate(invalid='raise'):
    b[:] = f[:1]
b
with np.errstate(invalid='raise'):
    b[0] = np.float64(1.5)
b
with np.errstate(invalid='raise'):
    np.copyto(b, f, casting='unsafe')
h = np.zeros(2, np.float16)
with np.errstate(over='raise'):
    h[:] = np.array([1e6, 1.0])
with np.errstate(invalid='raise'):
    np.asarray(f[:1], dtype=int)
with np.errstate(invalid='raise'):
    np.asarray([1.5, 2.5], dtype=int)
with np.errstate(invalid='raise'):
    np.array(np.array([np.nan]), dtype=bool)
# ufuncs: an input cast by dtype= warns 'in cast', a result cast into out= under the ufunc's name.
b = np.zeros(4, int)
b = np.zeros(4, int)
with np.errstate(invalid='raise'):
    np.add(f, 0, out=b, casting='unsafe')
with np.errstate(invalid='raise'):
    np.add(f, 0, dtype=int, casting='unsafe')
with np.errstate(invalid='raise'):
    np.negative(f, out=b, casting='unsafe')
with np.errstate(invalid='raise'):
    np.sqrt(f[:1], out=b[:1], casting='unsafe')
with np.errstate(over='raise'):
    np.multiply(np.array([1e300]), 1, out=np.zeros(1, np.float32), casting='unsafe')
with np.errstate(invalid='raise'):
    np.add(f, 0, out=np.zeros(4, bool), casting='unsafe')
