import numpy as np
import numpy as np
np.signbit(-1.2)
np.signbit(np.array([1, -2.3, 2.1]))
