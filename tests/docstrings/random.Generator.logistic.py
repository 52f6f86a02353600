import numpy as np
loc, scale = 10, 1
rng = np.random.default_rng()
s = rng.logistic(loc, scale, 10000)
def logistic(x, loc, scale):
    return np.exp((loc-x)/scale)/(scale*(1+np.exp((loc-x)/scale))**2)
