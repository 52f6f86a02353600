import numpy as np
import numpy as np
x = np.array([1, 2, 3])
x.ndim
y = np.zeros((2, 3, 4))
y.ndim
