import numpy as np
a, m = 3., 2.  # shape and mode
s = (np.random.pareto(a, 1000) + 1) * m
