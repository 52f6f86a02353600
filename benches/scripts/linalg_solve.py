import numpy as np
rng = np.random.default_rng(0)
a = rng.random((500, 500)) + 500 * np.eye(500)
b = rng.random(500)
x = np.linalg.solve(a, b)
x = np.linalg.solve(a, b)
x = np.linalg.solve(a, b)
x = np.linalg.solve(a, b)
x = np.linalg.solve(a, b)
