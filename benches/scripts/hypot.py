import numpy as np
x = np.linspace(0.5, 2.0, 10**7)
y = x + 1.0
r = np.sqrt(x**2 + y**2)
r = np.sqrt(x**2 + y**2)
r = np.sqrt(x**2 + y**2)
r = np.sqrt(x**2 + y**2)
r = np.sqrt(x**2 + y**2)
r = np.sqrt(x**2 + y**2)
r = np.sqrt(x**2 + y**2)
r = np.sqrt(x**2 + y**2)
r = np.sqrt(x**2 + y**2)
r = np.sqrt(x**2 + y**2)
