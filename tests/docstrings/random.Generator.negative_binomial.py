import numpy as np
rng = np.random.default_rng()
s = rng.negative_binomial(1, 0.1, 100000)
