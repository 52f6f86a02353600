import numpy as np
import numpy as np
np.trapezoid([1, 2, 3])
np.trapezoid([1, 2, 3], x=[4, 6, 8])
np.trapezoid([1, 2, 3], dx=2)
np.trapezoid([1, 2, 3], x=[8, 6, 4])
x = np.linspace(0, 1, num=50)
y = x**2
np.trapezoid(y, x)
theta = np.linspace(0, 2 * np.pi, num=1000, endpoint=True)
np.trapezoid(np.cos(theta), x=np.sin(theta))
a = np.arange(6).reshape(2, 3)
a
np.trapezoid(a, axis=0)
np.trapezoid(a, axis=1)
