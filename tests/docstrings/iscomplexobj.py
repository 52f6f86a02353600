import numpy as np
import numpy as np
np.iscomplexobj(1)
np.iscomplexobj(1+0j)
np.iscomplexobj([3, 1+0j, True])
