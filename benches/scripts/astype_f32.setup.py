import numpy as np
x = np.ones(5 * 10**7, np.uint8)
