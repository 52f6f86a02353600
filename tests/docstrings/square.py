import numpy as np
import numpy as np
np.square([-1j, 1])
