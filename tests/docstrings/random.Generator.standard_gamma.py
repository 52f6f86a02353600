import numpy as np
shape, scale = 2., 1. # mean and width
rng = np.random.default_rng()
s = rng.standard_gamma(shape, 1000000)
