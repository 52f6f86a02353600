import numpy as np
import numpy as np
np.s_[2::2]
np.index_exp[2::2]
np.array([0, 1, 2, 3, 4])[np.s_[2::2]]
