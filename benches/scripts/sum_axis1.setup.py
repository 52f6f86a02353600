import numpy as np
x = np.linspace(0.5, 2.0, 5000 * 5000).reshape(5000, 5000)
