import numpy as np
x = np.ones((5000, 5000))
