import numpy as np
import numpy as np
x1 = np.array(([1., -1.]))
np.positive(x1)
x1 = np.array(([1., -1.]))
+x1
