import numpy as np
import numpy as np
np.arcsinh(np.array([np.e, 10.0]))
