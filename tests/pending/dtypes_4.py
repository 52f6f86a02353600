import numpy as np
# Dtype corners arrsh does not model yet (see docs/differences.md).
# --- 'q' (longlong) is int64 but not the default integer, so its arrays print dtype=
np.arange(3, dtype='q')
