import numpy as np
import numpy as np
x = np.arange(10)
