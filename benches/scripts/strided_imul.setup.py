import numpy as np
x = np.ones((4000, 4000))
