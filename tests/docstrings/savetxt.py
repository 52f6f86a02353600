import numpy as np
import numpy as np
x = y = z = np.arange(0.0,5.0,1.0)
