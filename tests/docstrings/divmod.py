import numpy as np
import numpy as np
np.divmod(np.arange(5), 3)
x = np.arange(5)
divmod(x, 3)
