import numpy as np
x = np.arange(10**7)
y = x[x % 3 == 0]
y = x[x % 3 == 0]
y = x[x % 3 == 0]
y = x[x % 3 == 0]
y = x[x % 3 == 0]
