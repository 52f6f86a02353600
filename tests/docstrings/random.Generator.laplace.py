import numpy as np
loc, scale = 0., 1.
rng = np.random.default_rng()
s = rng.laplace(loc, scale, 1000)
x = np.arange(-8., 8., .01)
pdf = np.exp(-abs(x-loc)/scale)/(2.*scale)
g = (1/(scale * np.sqrt(2 * np.pi)) *
     np.exp(-(x - loc)**2 / (2 * scale**2)))
