import numpy as np
import numpy as np
np.isscalar(3.1)
np.isscalar(np.array(3.1))
np.isscalar([3.1])
np.isscalar(False)
np.isscalar('numpy')
