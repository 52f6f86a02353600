import numpy as np
import numpy as np
x = np.arange(6)
x = x.reshape((2, 3))
x
np.ones_like(x)
y = np.arange(3, dtype=float)
y
np.ones_like(y)
