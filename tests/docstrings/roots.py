import numpy as np
import numpy as np
coeff = [3.2, 2, 1]
np.roots(coeff)
