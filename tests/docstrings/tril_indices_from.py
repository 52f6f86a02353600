import numpy as np
import numpy as np
a = np.arange(16).reshape(4, 4)
a
trili = np.tril_indices_from(a)
trili
a[trili]
np.tril_indices(a.shape[0])
trili1 = np.tril_indices_from(a, k=1)
a[trili1]
