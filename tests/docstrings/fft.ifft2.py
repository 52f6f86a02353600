import numpy as np
import numpy as np
a = 4 * np.eye(4)
np.fft.ifft2(a)
