import numpy as np
x = np.linspace(0.5, 2.0, 4000 * 4000).reshape(4000, 4000)
