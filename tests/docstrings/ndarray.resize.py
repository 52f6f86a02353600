import numpy as np
import numpy as np
a = np.array([[0, 1], [2, 3]], order='C')
a.resize((2, 1))
a
a = np.array([[0, 1], [2, 3]], order='F')
a.resize((2, 1))
a
b = np.array([[0, 1], [2, 3]])
b.resize(2, 3) # new_shape parameter doesn't have to be a tuple
b
c = a
a.resize((1, 1))
a.resize((1, 1), refcheck=False)
a
c
