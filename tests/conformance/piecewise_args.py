# np.piecewise passes its extra positional and keyword arguments to each function
import numpy as np
x = np.arange(-2, 3, dtype=float)
np.piecewise(x, [x > 0], [lambda v, k: v * k], 3)
np.piecewise(x, [x > 0], [lambda v, k=1: v + k], k=100)
np.piecewise(x, [x < 0, x > 0], [lambda v, a, b: a * v, lambda v, a, b: b * v], 2, b=10)
np.piecewise(x, [x > 0], [lambda v, k: v * k, lambda v, k: -k], 5)
np.piecewise(x, [x > 0], [lambda v: v], 1)
np.piecewise(x=x, condlist=[x > 0], funclist=[1, 2])
