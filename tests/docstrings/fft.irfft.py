import numpy as np
import numpy as np
np.fft.ifft([1, -1j, -1, 1j])
np.fft.irfft([1, -1j, -1])
