import numpy as np
import numpy as np
np.deg2rad(180)
