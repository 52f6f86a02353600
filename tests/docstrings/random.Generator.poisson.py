import numpy as np
rng = np.random.default_rng()
lam, size = 5, 10000
s = rng.poisson(lam=lam, size=size)
