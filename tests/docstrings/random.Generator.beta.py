import numpy as np
rng = np.random.default_rng()
a, b, size = 2.0, 2.0, 10000
sample = rng.beta(a=a, b=b, size=size)
