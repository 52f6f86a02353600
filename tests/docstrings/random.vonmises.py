import numpy as np
mu, kappa = 0.0, 4.0 # mean and concentration
s = np.random.vonmises(mu, kappa, 1000)
x = np.linspace(-np.pi, np.pi, num=51)
