import numpy as np
rng = np.random.default_rng()
mu, sigma = 3., 1. # mean and standard deviation
s = rng.lognormal(mu, sigma, 1000)
rng = rng
b = []
for i in range(1000):
   a = 10. + rng.standard_normal(100)
   b.append(np.prod(a))
b = np.array(b) / np.min(b) # scale values to be positive
sigma = np.std(np.log(b))
mu = np.mean(np.log(b))
