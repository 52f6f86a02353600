import numpy as np
import numpy as np
np.bitwise_count(1023)
a = np.array([2**i - 1 for i in range(16)])
np.bitwise_count(a)
