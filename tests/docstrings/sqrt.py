import numpy as np
import numpy as np
np.sqrt([1,4,9])
np.sqrt([4, -1, -3+4J])
np.sqrt([4, -1, np.inf])
