import numpy as np
rng = np.random.default_rng(0)
x = rng.integers(0, 10**6, size=10**7)
u = np.unique(x)
u = np.unique(x)
u = np.unique(x)
