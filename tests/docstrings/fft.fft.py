import numpy as np
import numpy as np
np.fft.fft(np.exp(2j * np.pi * np.arange(8) / 8))
t = np.arange(256)
sp = np.fft.fft(np.sin(t))
freq = np.fft.fftfreq(t.shape[-1])
