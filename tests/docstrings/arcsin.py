import numpy as np
import numpy as np
np.arcsin(1)     # pi/2
np.arcsin(-1)    # -pi/2
np.arcsin(0)
