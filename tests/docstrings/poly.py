import numpy as np
import numpy as np
np.poly((0, 0, 0)) # Multiple root example
np.poly((-1./2, 0, 1./2))
