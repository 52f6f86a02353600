import numpy as np
import numpy as np
np.heaviside([-1.5, 0, 2.0], 0.5)
np.heaviside([-1.5, 0, 2.0], 1)
