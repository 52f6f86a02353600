import numpy as np
rng = np.random.default_rng(0)
a = rng.random(10**7)
b = rng.random(10**7)
c = rng.random(10**7)
d = rng.random(10**7)
y = a*b + c*d
y = a*b + c*d
y = a*b + c*d
y = a*b + c*d
y = a*b + c*d
y = a*b + c*d
y = a*b + c*d
y = a*b + c*d
y = a*b + c*d
y = a*b + c*d
