import numpy as np
import numpy as np
eps = np.finfo(np.float64).eps
np.nextafter(1, 2) == eps + 1
np.nextafter([1, 2], [2, 1]) == [eps + 1, 2 - eps]
