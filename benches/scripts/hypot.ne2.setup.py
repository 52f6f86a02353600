import numpy as np
import numexpr
numexpr.set_num_threads(2)
x = np.linspace(0.5, 2.0, 10**7)
y = x + 1.0
