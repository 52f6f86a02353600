import numpy as np
import numpy as np
np.cosh(0)
x = np.linspace(-4, 4, 1000)
