import numpy as np
import numpy as np
np.gcd(12, 20)
np.gcd.reduce([15, 25, 35])
np.gcd(np.arange(6), 20)
