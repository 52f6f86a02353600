import numpy as np
x = np.arange(5)
x[::2**64]
x[2**70:]
x[-2**70:2]
x[:2**63]
x[True]
x[None, True, :]
x[False]
y = np.arange(12).reshape(3, 4)
y[1:, 2**65:]
y[::-2**64, 1]
np.set_printoptions(precision=3)
np.array([1/3])
