import numpy as np
import numpy as np
np.full((2, 2), np.inf)
np.full((2, 2), 10)
np.full((2, 2), [1, 2])
