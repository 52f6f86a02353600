# argmax/argmin read a block at a time: first extreme wins across blocks, the first nan
# ends the search, -0.0 and 0.0 tie, every dtype, axes and strided input.
import numpy as np
rng = np.random.default_rng(11)
for dt in ['i1', 'u1', 'i2', 'i4', 'u4', 'i8', 'u8', 'f2', 'f4', 'f8', 'c16', '?']:
    a = (rng.integers(-9, 9, size=5000)).astype(dt)
    print(dt, a.argmax(), a.argmin(), np.argmax(a.reshape(50, 100), axis=1)[:8].tolist(), np.argmin(a.reshape(50, 100), axis=0)[:8].tolist(), a[::-3].argmax(), a[7::5].argmin())
x = np.zeros(5000); x[1500] = 1; x[3000] = 1; x.argmax(), (-x).argmin()
x = np.zeros(5000); x[4999] = 2; x.argmax()
x = rng.random(10**5); x[70000] = np.nan; x[80000] = np.nan; x.argmax(), x.argmin()
x = rng.random(10**5); x[1023] = np.nan; x.argmax(), x.argmin()
x = rng.random(3000); x[2999] = np.nan; x.argmax()
np.argmax(np.array([-0.0, 0.0, -0.0])), np.argmin(np.array([0.0, -0.0])), np.argmax(np.array([-np.inf, -np.inf]))
x = np.full(4000, -0.0); x[2500] = 0.0; x.argmax(), x.argmin()
x = np.array([np.nan] * 3 + [1.0]); x.argmax(), x.argmin()
x = rng.random((30, 2000)); np.argmax(x, axis=1)[:5], np.argmin(x, axis=None), np.argmax(x.T, axis=0)[:5], x.T.argmax()
i = np.array([2**63 - 1, -2**63, 0, 2**63 - 1]); i.argmax(), i.argmin()
np.argmax([3, 1, 3]), np.argmin([[4, 2], [2, 9]], axis=1), np.argmax(np.array(7.0)), np.argmax(np.arange(1025) % 1024)
np.argmax(np.array([], dtype=float))
