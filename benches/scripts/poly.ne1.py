import numpy as np
import numexpr
numexpr.set_num_threads(1)
x = np.linspace(0.5, 2.0, 2 * 10**7)
y = numexpr.evaluate("2*x**2 + 3*x + 1")
y = numexpr.evaluate("2*x**2 + 3*x + 1")
y = numexpr.evaluate("2*x**2 + 3*x + 1")
y = numexpr.evaluate("2*x**2 + 3*x + 1")
y = numexpr.evaluate("2*x**2 + 3*x + 1")
y = numexpr.evaluate("2*x**2 + 3*x + 1")
y = numexpr.evaluate("2*x**2 + 3*x + 1")
y = numexpr.evaluate("2*x**2 + 3*x + 1")
y = numexpr.evaluate("2*x**2 + 3*x + 1")
y = numexpr.evaluate("2*x**2 + 3*x + 1")
