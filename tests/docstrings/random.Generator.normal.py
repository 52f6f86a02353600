import numpy as np
mu, sigma = 0, 0.1 # mean and standard deviation
rng = np.random.default_rng()
s = rng.normal(mu, sigma, 1000)
