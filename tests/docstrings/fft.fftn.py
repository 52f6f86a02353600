import numpy as np
import numpy as np
a = np.mgrid[:3, :3, :3][0]
np.fft.fftn(a, axes=(1, 2))
np.fft.fftn(a, (2, 2), axes=(0, 1))
[X, Y] = np.meshgrid(2 * np.pi * np.arange(200) / 12,
                     2 * np.pi * np.arange(200) / 34)
S = np.sin(X) + np.cos(Y) + np.random.uniform(0, 1, X.shape)
FS = np.fft.fftn(S)
