import numpy as np
import numpy as np
from numpy import linalg as LA
a = np.array([[1, -2j], [2j, 5]])
LA.eigvalsh(a)
a = np.array([[5+2j, 9-2j], [0+2j, 2-1j]])
a
b = np.array([[5.+0.j, 0.-2.j], [0.+2.j, 2.-0.j]])
b
wa = LA.eigvalsh(a)
wb = LA.eigvals(b)
wa
wb
