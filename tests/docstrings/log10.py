import numpy as np
import numpy as np
np.log10([1e-15, -3.])
