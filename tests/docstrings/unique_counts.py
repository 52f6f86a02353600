import numpy as np
import numpy as np
x = [1, 1, 2]
uniq = np.unique_counts(x)
uniq.values
uniq.counts
