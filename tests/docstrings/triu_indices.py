import numpy as np
import numpy as np
iu1 = np.triu_indices(4)
iu1
a = np.arange(16).reshape(4, 4)
a
a[iu1]
a[iu1] = -1
a
iu2 = np.triu_indices(4, 2)
a[iu2] = -10
a
