import numpy as np
import numpy as np
x = np.arange(6).reshape(2,3)
x
np.argwhere(x>1)
