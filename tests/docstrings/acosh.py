import numpy as np
import numpy as np
np.arccosh([np.e, 10.0])
np.arccosh(1)
