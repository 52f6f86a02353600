import numpy as np
import numpy as np
x = np.array([0.0, 1.0, 2.0, 3.0,  4.0,  5.0])
y = np.array([0.0, 0.8, 0.9, 0.1, -0.8, -1.0])
z = np.polyfit(x, y, 3)
z
p = np.poly1d(z)
p(0.5)
p(3.5)
p(10)
xp = np.linspace(-2, 6, 100)
