import numpy as np
import numpy as np
np.fix(3.14)
np.fix(3)
np.fix([2.1, 2.9, -2.1, -2.9])
