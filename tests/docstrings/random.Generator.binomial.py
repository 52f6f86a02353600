import numpy as np
rng = np.random.default_rng()
n, p, size = 10, .5, 10000
s = rng.binomial(n, p, 10000)
n, p, size = 9, 0.1, 20000
