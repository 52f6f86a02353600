import numpy as np
import numpy as np
np.diagflat([[1,2], [3,4]])
np.diagflat([1,2], 1)
