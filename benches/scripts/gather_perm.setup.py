import numpy as np
rng = np.random.default_rng(0)
x = np.arange(10**7)
idx = rng.permutation(10**7)
