import numpy as np
import numpy as np
np.lcm(12, 20)
np.lcm.reduce([3, 12, 20])
np.lcm.reduce([40, 12, 20])
np.lcm(np.arange(6), 20)
