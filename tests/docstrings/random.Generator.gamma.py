import numpy as np
shape, scale = 2., 2.  # mean=4, std=2*sqrt(2)
rng = np.random.default_rng()
s = rng.gamma(shape, scale, 1000)
