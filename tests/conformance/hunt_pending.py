import numpy as np
# generated cases arrsh still fails (see PENDING in tools/gen_hunt_cases.py)
x = np.arange(0).astype('complex128')
y = x.copy(); y[[0, 0, 0]] = np.array([10, 20]); y
x = np.arange(2).astype('uint64')
y = x.copy(); y[0] = np.arange(3); y
x = np.arange(1).astype('int64')
y = x.copy(); y[np.array([0, 4, 0]).reshape(-1, 1)] = np.array([10, 20]); y
