import numpy as np
import numpy as np
np.polysub([2, 10, -2], [3, 10, -4])
