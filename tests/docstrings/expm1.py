import numpy as np
import numpy as np
np.expm1(1e-10)
np.exp(1e-10) - 1
