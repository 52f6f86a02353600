import numpy as np
a = np.linspace(0.5, 2.0, 10**7)
b = a + 1.0
c = a + 2.0
d = a + 3.0
