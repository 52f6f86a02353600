import numpy as np
z = np.array([np.inf, 1e308, 1.0, 0.0, -np.inf, np.nan, 5.0, -0.0])
w = np.array([np.inf, 1e-308, 3.0, 0.0, 2.0, 0.0, -0.0, 1e-320])
with np.errstate(all='raise'):
    np.array([np.inf]) / np.array([np.inf])
with np.errstate(all='raise'):
    np.array([1e308]) / np.array([1e-308])
with np.errstate(all='raise'):
    np.array([0.0]) / 0.0
with np.errstate(all='raise'):
    np.array([3.0]) / -0.0
with np.errstate(all='raise'):
    np.array([np.inf]) / 0.0
with np.errstate(all='raise'):
    np.array([np.nan]) / 0.0
with np.errstate(all='raise'):
    np.array([np.inf]) / 2.0
with np.errstate(all='raise'):
    np.array([1.0, 2.0]) / np.inf
with np.errstate(all='raise'):
    np.float32(3e38) / np.float32(0.1)
with np.errstate(all='raise'):
    np.array([3e38], dtype=np.float32) / np.float32(0.5)
with np.errstate(all='raise'):
    np.array([np.inf], dtype=np.float32) / np.array([-np.inf], dtype=np.float32)
with np.errstate(all='raise'):
    np.true_divide(np.array([1e300]), 1e-300)
with np.errstate(divide='raise'):
    z / w
with np.errstate(over='raise', divide='ignore', invalid='ignore'):
    z / w
with np.errstate(invalid='raise', divide='ignore', over='ignore'):
    z / w
with np.errstate(all='ignore'):
    z / w
with np.errstate(all='raise'):
    np.array([1.0, 4.0]) / np.array([2.0, 8.0])
