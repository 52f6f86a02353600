import numpy as np
rng = np.random.default_rng()
ngood, nbad, nsamp = 100, 2, 10
s = rng.hypergeometric(ngood, nbad, nsamp, 1000)
s = rng.hypergeometric(15, 15, 15, 100000)
