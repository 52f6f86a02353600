import numpy as np
import numpy as np
np.log1p(1e-99)
np.log(1 + 1e-99)
