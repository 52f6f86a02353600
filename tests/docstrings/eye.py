import numpy as np
import numpy as np
np.eye(2, dtype=int)
np.eye(3, k=1)
