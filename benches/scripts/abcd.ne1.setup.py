import numpy as np
import numexpr
numexpr.set_num_threads(1)
rng = np.random.default_rng(0)
a = rng.random(10**7)
b = rng.random(10**7)
c = rng.random(10**7)
d = rng.random(10**7)
