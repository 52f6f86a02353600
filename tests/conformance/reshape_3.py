import numpy as np
# --- assigning .shape reshapes in place (arrsh does not support it yet)
a = np.arange(24)
a.shape = (4, 6)
a.strides
a.shape = (5, 5)
