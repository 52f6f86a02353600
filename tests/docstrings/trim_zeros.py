import numpy as np
import numpy as np
a = np.array((0, 0, 0, 1, 2, 3, 0, 2, 1, 0))
np.trim_zeros(a)
np.trim_zeros(a, trim='b')
b = np.array([[0, 0, 2, 3, 0, 0],
              [0, 1, 0, 3, 0, 0],
              [0, 0, 0, 0, 0, 0]])
np.trim_zeros(b)
np.trim_zeros(b, axis=-1)
np.trim_zeros([0, 1, 2, 0])
