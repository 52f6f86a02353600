import numpy as np
np.asarray([1, 2, np.inf], dtype=int)
np.array([1, 2, np.nan], dtype=int)
np.array([1.5, np.nan]).astype(int)
np.array([1.5, np.inf]).astype(np.int8)
np.array([1e20]).astype(np.int32)
np.array([300.0]).astype(np.uint8)
np.array([-1.0]).astype(np.uint8)
np.array([np.nan]).astype(bool)
np.array([np.nan + 1j]).astype(int)
np.array([np.inf], dtype=np.float32).astype(np.int16)
np.array(np.inf, dtype=int)
np.array([1, np.inf], dtype=np.uint8)
np.array([[1.0, np.nan]], dtype=np.int16)
np.array([1.0, 1e300], dtype=np.int64)
np.int64(np.inf)
np.int8(np.nan)
np.full(3, np.nan, dtype=int)
a = np.zeros(3, dtype=int); a[0] = np.nan
a = np.zeros(3, dtype=int); a[:] = [np.inf, 1, 2]
a = np.zeros(3, dtype=int); a[:] = np.array([np.inf, 1, 2])
np.array([1e10]).astype(np.int32)
np.array([2**63]).astype(np.float64).astype(np.int64)
np.array([np.nan], dtype=np.float16).astype(np.int64)
np.float64(np.nan).astype(int)
np.array([np.nan]).astype(np.float32)
np.array([1e300]).astype(np.float32)
a = np.zeros(3, dtype=int)
a[:] = np.nan
a.fill(np.nan)
a[:] = np.float64(np.nan)
a[[0, 1]] = np.nan
a[:] = [1.5, np.nan, 2]
a[0] = np.inf
a[:2] = (np.nan, 1)
a[0] = 1e300
a[0] = 2.0**63
a = np.zeros(3, dtype=int); a[1] = -7.9; a
np.full(2, np.inf, dtype=np.int8)
np.full_like(a, np.nan)
b = np.zeros(2, np.uint8); b[0] = -1.5
b[0] = 300.7
b[1] = 255.9; b
c = np.zeros(2, bool); c[0] = np.nan; c
np.array([1e10], dtype=np.int8)
np.array([-1.0], dtype=np.uint8)
np.array([1e19], dtype=np.uint64)
np.array([np.float32(np.nan)], dtype=int)
np.array(np.float64(np.nan), dtype=int)
np.array([np.inf + 0j], dtype=int)
np.array([1j], dtype=float)
with np.errstate(invalid='raise'):
    np.array([1.0, np.nan]).astype(np.int64)
with np.errstate(invalid='raise'):
    np.array([300.0, -1.0]).astype(np.uint8)
with np.errstate(invalid='raise'):
    np.array([2.0**31]).astype(np.int16)
with np.errstate(invalid='raise'):
    np.array([2.0**31]).astype(np.uint32)
with np.errstate(invalid='raise'):
    np.array([2.0**63]).astype(np.uint64)
with np.errstate(invalid='raise'):
    np.array([2.0**64]).astype(np.uint64)
with np.errstate(invalid='raise'):
    np.array([-2.0**63]).astype(np.int64)
with np.errstate(invalid='raise'):
    np.array([np.inf], dtype=np.float32).astype(np.int8)
with np.errstate(invalid='raise'):
    np.array([np.nan]).astype(bool)
with np.errstate(over='raise'):
    np.array([1e300]).astype(np.float32)
with np.errstate(over='raise'):
    np.array([3.4028235e38]).astype(np.float32)
with np.errstate(over='raise'):
    np.array([65519.0]).astype(np.float16)
with np.errstate(over='raise'):
    np.array([65520.0]).astype(np.float16)
with np.errstate(over='raise'):
    np.array([1e300 + 1j]).astype(np.complex64)
with np.errstate(over='raise'):
    np.array([np.inf]).astype(np.float16)
with np.errstate(over='raise'):
    np.array([70000]).astype(np.float16)
with np.errstate(over='raise'):
    np.array([1e40]).astype(np.complex64)
