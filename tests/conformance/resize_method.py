import numpy as np
a = np.arange(6)
a.resize((2, 3))
a
