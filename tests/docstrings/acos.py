import numpy as np
import numpy as np
np.arccos([1, -1])
x = np.linspace(-1, 1, num=100)
