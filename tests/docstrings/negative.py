import numpy as np
import numpy as np
np.negative([1.,-1.])
x1 = np.array(([1., -1.]))
-x1
