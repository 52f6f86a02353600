import numpy as np
import numpy as np
x = [1, 1, 2]
uniq = np.unique_inverse(x)
uniq.values
uniq.inverse_indices
