import numpy as np
rng = np.random.default_rng(0)
a = rng.random((100, 100))
b = rng.random((100, 100))
