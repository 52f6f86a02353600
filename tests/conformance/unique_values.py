import numpy as np
rng = np.random.default_rng(3)
x = rng.integers(0, 50, size=2000)
u = np.unique(x)
u.shape, u[:10], u.dtype
np.unique(x.astype(np.int8)), np.unique(x.astype(np.uint16))[-3:]
np.unique(np.array([0.0, -0.0, 1.0])), np.unique(np.array([-0.0, 0.0, 1.0]))
np.unique(np.array([1.0, np.nan, 2.0, np.nan]))
np.unique(np.array([1.0, np.nan, np.nan]), equal_nan=False)
np.unique(np.array([[3, 1], [1, 2]]))
np.unique(np.array([True, False, True]))
np.unique(np.array([], np.float32))
np.unique(np.array([2 + 1j, 1 + 1j, 2 + 1j]))
np.unique(np.array([5, 3, 5, 1]), return_counts=True)
