import numpy as np
loc, scale = 10, 1
s = np.random.logistic(loc, scale, 10000)
def logist(x, loc, scale):
    return np.exp((loc-x)/scale)/(scale*(1+np.exp((loc-x)/scale))**2)
