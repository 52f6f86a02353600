import numpy as np
s = np.random.negative_binomial(1, 0.1, 100000)
