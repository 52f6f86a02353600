import numpy as np
x = np.linspace(0.5, 2.0, 10**7)
y = x + 1.0
