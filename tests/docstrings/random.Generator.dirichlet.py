import numpy as np
rng = np.random.default_rng()
s = rng.dirichlet((10, 5, 3), 20).transpose()
