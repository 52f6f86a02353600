import numpy as np
x = np.ones(10**8, np.uint8)
