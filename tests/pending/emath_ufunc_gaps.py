import numpy as np
np.emath.log2(-8)
np.emath.arccos(0.5)
np.emath.arccos(2)
np.emath.arccos([1, 2])
np.emath.arcsin(-3)
np.emath.arctanh(0.5)
np.emath.arctanh([0.5, 2])
