import numpy as np
p, size = 0.35, 10000
rng = np.random.default_rng()
sample = rng.geometric(p=p, size=size)
