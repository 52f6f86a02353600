import numpy as np
a = 5. # shape
s = np.random.weibull(a, 1000)
x = np.arange(1,100.)/50.
def weib(x,n,a):
    return (a / n) * (x / n)**(a - 1) * np.exp(-(x / n)**a)
x = np.arange(1,100.)/50.
