import numpy as np
# Pending: arrsh arrays keep their shape, so a same-size ndarray.resize (which NumPy does
# in place, even on a view) is NotImplementedError; np.resize is complete.
a = np.arange(6)
a.resize((2, 3))
a
