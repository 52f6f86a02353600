import numpy as np
import numpy as np
np.fft.fft([0, 1, 0, 0])
np.fft.rfft([0, 1, 0, 0])
