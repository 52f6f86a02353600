import numpy as np
import numpy as np
a = np.array([3, 4, 2, 1])
a.partition(3)
a
a.partition((1, 3))
a
