import numpy as np
import numexpr
numexpr.set_num_threads(2)
rng = np.random.default_rng(0)
x = rng.random(10**7)
y = rng.random(10**7)
