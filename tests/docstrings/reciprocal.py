import numpy as np
import numpy as np
np.reciprocal(2.)
np.reciprocal([1, 2., 3.33])
