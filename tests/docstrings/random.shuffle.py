import numpy as np
arr = np.arange(10)
np.random.shuffle(arr)
