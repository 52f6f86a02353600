import numpy as np
np.isrealobj('A string')
np.isrealobj(False)
np.isrealobj(None)
import numpy as np
np.isrealobj(1)
np.isrealobj(1+0j)
np.isrealobj([3, 1+0j, True])
