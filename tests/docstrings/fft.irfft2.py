import numpy as np
import numpy as np
a = np.mgrid[:5, :5][0]
A = np.fft.rfft2(a)
np.fft.irfft2(A, s=a.shape)
