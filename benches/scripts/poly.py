import numpy as np
x = np.linspace(0.5, 2.0, 2 * 10**7)
y = 2*x**2 + 3*x + 1
y = 2*x**2 + 3*x + 1
y = 2*x**2 + 3*x + 1
y = 2*x**2 + 3*x + 1
y = 2*x**2 + 3*x + 1
y = 2*x**2 + 3*x + 1
y = 2*x**2 + 3*x + 1
y = 2*x**2 + 3*x + 1
y = 2*x**2 + 3*x + 1
y = 2*x**2 + 3*x + 1
