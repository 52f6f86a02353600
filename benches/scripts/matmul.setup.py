import numpy as np
rng = np.random.default_rng(0)
a = rng.random((1000, 1000))
b = rng.random((1000, 1000))
