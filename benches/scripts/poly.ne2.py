import numpy as np
import numexpr
numexpr.set_num_threads(2)
rng = np.random.default_rng(0)
x = rng.random(2 * 10**7)
y = numexpr.evaluate("2*x**2 + 3*x + 1")
y = numexpr.evaluate("2*x**2 + 3*x + 1")
y = numexpr.evaluate("2*x**2 + 3*x + 1")
y = numexpr.evaluate("2*x**2 + 3*x + 1")
y = numexpr.evaluate("2*x**2 + 3*x + 1")
