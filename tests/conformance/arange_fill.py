# np.arange fills every element of a fresh result: int and float steps, every dtype,
# negative and fractional steps, the integer-dtype truncation rule.
import numpy as np
for dt in [None, 'i1', 'u1', 'i2', 'i4', 'u4', 'i8', 'u8', 'f2', 'f4', 'f8']:
    print(dt, np.arange(10, dtype=dt), np.arange(2, 40, 7, dtype=dt)[-2:], np.arange(5, 0, -2, dtype=dt))
np.arange(0, 1, 0.1), np.arange(1.0, -1.0, -0.375), np.arange(0, 5, 0.5, dtype=int), np.arange(-3, 3, 1.5, dtype=np.int8)
np.arange(10**6)[[0, 1, -1]], np.arange(0.0, 1.0, 1e-6)[[0, 1, -1]], np.arange(10**6, dtype=np.int32).sum()
np.arange(0), np.arange(5, 5), np.arange(3, 1), np.arange(2**62, 2**62 + 3)
