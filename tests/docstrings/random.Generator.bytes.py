import numpy as np
rng = np.random.default_rng()
