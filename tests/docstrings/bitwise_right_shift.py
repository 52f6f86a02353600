import numpy as np
import numpy as np
np.binary_repr(10)
np.right_shift(10, 1)
np.binary_repr(5)
np.right_shift(10, [1,2,3])
x1 = 10
x2 = np.array([1,2,3])
x1 >> x2
