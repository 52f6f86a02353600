import numpy as np
rng = np.random.default_rng(0)
x = rng.random(10**7)
m = np.median(x)
m = np.median(x)
m = np.median(x)
