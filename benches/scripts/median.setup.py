import numpy as np
rng = np.random.default_rng(0)
x = rng.random(10**7)
