import numpy as np
rng = np.random.default_rng()
s = rng.uniform(-1,0,1000)
np.all(s >= -1)
np.all(s < 0)
