import numpy as np
x = np.linspace(0.5, 2.0, 2 * 10**7)
