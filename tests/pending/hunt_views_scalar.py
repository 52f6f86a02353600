import numpy as np
# Not yet in arrsh: np.info of a scalar type's docstring.
np.info(np.float64(2.0))
