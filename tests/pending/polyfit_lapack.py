import numpy as np
# Need LAPACK's eigenvalue order / complex eigvals / its lstsq rounding (docs/differences.md)
np.roots([1, 0, -1])
np.roots([1j, 1])
np.polyfit([1, 2, 3], [1, 4, 9], 2)
