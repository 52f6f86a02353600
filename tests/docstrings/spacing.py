import numpy as np
import numpy as np
np.spacing(1) == np.finfo(np.float64).eps
