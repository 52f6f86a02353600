import numpy as np
import numexpr
numexpr.set_num_threads(1)
x = np.linspace(0.5, 2.0, 10**7)
y = x + 1.0
r = numexpr.evaluate("sqrt(x**2 + y**2)")
r = numexpr.evaluate("sqrt(x**2 + y**2)")
r = numexpr.evaluate("sqrt(x**2 + y**2)")
r = numexpr.evaluate("sqrt(x**2 + y**2)")
r = numexpr.evaluate("sqrt(x**2 + y**2)")
r = numexpr.evaluate("sqrt(x**2 + y**2)")
r = numexpr.evaluate("sqrt(x**2 + y**2)")
r = numexpr.evaluate("sqrt(x**2 + y**2)")
r = numexpr.evaluate("sqrt(x**2 + y**2)")
r = numexpr.evaluate("sqrt(x**2 + y**2)")
