import numpy as np
import numpy as np
np.exp2([2, 3])
