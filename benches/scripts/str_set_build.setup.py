import numpy as np
words = list(map(str, range(10**5)))
