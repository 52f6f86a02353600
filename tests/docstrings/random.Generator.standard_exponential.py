import numpy as np
rng = np.random.default_rng()
n = rng.standard_exponential((3, 8000))
