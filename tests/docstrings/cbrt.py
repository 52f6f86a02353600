import numpy as np
import numpy as np
np.cbrt([1,8,27])
