import numpy as np
import numpy as np
x = np.array([[1,2,3],[4,5,6]], order='F')
y = x.copy()
x.fill(0)
x
y
y.flags['C_CONTIGUOUS']
a = np.array([1, 'm', [2, 3, 4]], dtype=object)
b = a.copy()
b[2][0] = 10
a
a = np.array([1, 'm', [2, 3, 4]], dtype=object)
a
