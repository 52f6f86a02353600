import numpy as np
import numpy as np
np.rad2deg(np.pi/2)
