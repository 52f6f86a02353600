import numpy as np
n = np.random.standard_exponential((3, 8000))
