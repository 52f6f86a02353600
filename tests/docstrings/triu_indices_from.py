import numpy as np
import numpy as np
a = np.arange(16).reshape(4, 4)
a
triui = np.triu_indices_from(a)
triui
a[triui]
np.triu_indices(a.shape[0])
triuim1 = np.triu_indices_from(a, k=1)
a[triuim1]
