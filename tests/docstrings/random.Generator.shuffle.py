import numpy as np
rng = np.random.default_rng()
arr = np.arange(10)
arr
rng.shuffle(arr)
