import numpy as np
import numexpr
numexpr.set_num_threads(1)
a = np.linspace(0.5, 2.0, 10**7)
b = a + 1.0
c = a + 2.0
d = a + 3.0
y = numexpr.evaluate("a*b + c*d")
y = numexpr.evaluate("a*b + c*d")
y = numexpr.evaluate("a*b + c*d")
y = numexpr.evaluate("a*b + c*d")
y = numexpr.evaluate("a*b + c*d")
y = numexpr.evaluate("a*b + c*d")
y = numexpr.evaluate("a*b + c*d")
y = numexpr.evaluate("a*b + c*d")
y = numexpr.evaluate("a*b + c*d")
y = numexpr.evaluate("a*b + c*d")
