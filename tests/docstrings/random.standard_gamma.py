import numpy as np
shape, scale = 2., 1. # mean and width
s = np.random.standard_gamma(shape, 1000000)
