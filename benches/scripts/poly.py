import numpy as np
rng = np.random.default_rng(0)
x = rng.random(2 * 10**7)
y = 2*x**2 + 3*x + 1
y = 2*x**2 + 3*x + 1
y = 2*x**2 + 3*x + 1
y = 2*x**2 + 3*x + 1
y = 2*x**2 + 3*x + 1
