import numpy as np
x = np.arange(10**7)
