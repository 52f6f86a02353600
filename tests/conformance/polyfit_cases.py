import numpy as np
# np.roots docstring, and polynomials with real, complex, repeated and zero roots
coeff = [3.2, 2, 1]
np.roots(coeff)
np.roots([1, -6, 11, -6])
np.roots([1, 0, 1])
np.roots([0, 0, 1, -3, 0, 0])
np.roots([5])
np.roots([0, 0])
np.roots([])
np.roots([[1, 2]])
np.roots(np.array([2, -4], dtype=np.float32))
np.roots([1, -10, 35, -50, 24])
np.round(np.roots([1, 2, 3, 4, 5]), 10)
# np.polyfit docstring
x = np.array([0.0, 1.0, 2.0, 3.0,  4.0,  5.0])
y = np.array([0.0, 0.8, 0.9, 0.1, -0.8, -1.0])
z = np.polyfit(x, y, 3)
z
np.polyfit(x, y, 1)
np.polyfit(x, 2 * x + 1, 1)
c, res, rank, sv, rc = np.polyfit(x, y, 2, full=True); rank; rc; res
np.polyfit(x, np.stack([y, 2 * y], axis=1), 1)
np.polyfit(x, y, 1, w=np.array([1.0, 2, 1, 2, 1, 2]))
c, v = np.polyfit(x, y, 1, cov=True); c; v
c, v = np.polyfit(x, y, 1, cov='unscaled'); v
c, v = np.polyfit(x, np.stack([y, 2 * y], axis=1), 1, cov=True); v.shape
np.polyfit(x, y, -1)
np.polyfit(x.reshape(2, 3), y, 1)
np.polyfit([], [], 1)
np.polyfit(x, y[:3], 1)
np.polyfit(x, y.reshape(1, 2, 3), 1)
np.polyfit(x, y, 1, w=[1, 2])
np.polyfit(x[:2], y[:2], 1, cov=True)
np.polyfit(x.astype(np.float32), y, 1, full=True)[4]
np.polyfit(x, y, 2, full=True)[4]
np.polyfit(x, y, 1, rcond=1e-3)
