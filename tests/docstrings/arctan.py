import numpy as np
import numpy as np
np.arctan([0, 1])
np.pi/4
x = np.linspace(-10, 10)
