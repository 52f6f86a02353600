import numpy as np
import numpy as np
x = np.ones((2, 3), order='C')
x.flags['C_CONTIGUOUS']
y = np.asfortranarray(x)
y.flags['F_CONTIGUOUS']
np.may_share_memory(x, y)
x = np.ones((2, 3), order='F')
x.flags['F_CONTIGUOUS']
y = np.asfortranarray(x)
x is y
