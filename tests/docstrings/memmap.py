import numpy as np
import numpy as np
data = np.arange(12, dtype='float32')
data.resize((3,4))
