import numpy as np
import numpy as np
np.unique_values([1, 1, 2])
