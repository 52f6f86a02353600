import numpy as np
import numpy as np
np.base_repr(5)
np.base_repr(6, 5)
np.base_repr(7, base=5, padding=3)
np.base_repr(10, base=16)
np.base_repr(32, base=16)
