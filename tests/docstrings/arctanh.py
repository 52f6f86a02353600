import numpy as np
import numpy as np
np.arctanh([0, -0.5])
