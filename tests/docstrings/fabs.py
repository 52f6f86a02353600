import numpy as np
import numpy as np
np.fabs(-1)
np.fabs([-1.2, 1.2])
