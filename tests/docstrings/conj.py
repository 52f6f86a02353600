import numpy as np
np.conj is np.conjugate
import numpy as np
np.conjugate(1+2j)
x = np.eye(2) + 1j * np.eye(2)
np.conjugate(x)
