import numpy as np
s = np.random.dirichlet((10, 5, 3), 20).transpose()
