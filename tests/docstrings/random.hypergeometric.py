import numpy as np
ngood, nbad, nsamp = 100, 2, 10
s = np.random.hypergeometric(ngood, nbad, nsamp, 1000)
s = np.random.hypergeometric(15, 15, 15, 100000)
