import numpy as np
import numpy as np
x = [1, 1, 2]
uniq = np.unique_all(x)
uniq.values
uniq.indices
uniq.inverse_indices
uniq.counts
