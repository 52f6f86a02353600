import numpy as np
rng = np.random.default_rng()
a = 5. # shape
s = rng.weibull(a, 1000)
def weibull(x, n, a):
    return (a / n) * (x / n)**(a - 1) * np.exp(-(x / n)**a)
x = np.linspace(0, 2, 1000)
