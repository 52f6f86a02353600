import numpy as np
keys = list(range(10**5, 0, -1))
