import numpy as np
import numpy as np
import numpy as np
p = np.poly1d([1, 2, 3])
print(np.poly1d(p))
p(0.5)
p.r
p(p.r)
p.c
p.order
p[1]
p * p
(p**3 + 4) / p
p**2 # square of polynomial
np.square(p) # square of individual coefficients
p = np.poly1d([1,2,3], variable='z')
print(p)
np.poly1d([1, 2], True)
np.poly1d([1, -1]) * np.poly1d([1, -2])
