import numpy as np
import numpy as np
p = np.poly1d([1,1,1])
P = np.polyint(p)
P
np.polyder(P) == p
P = np.polyint(p, 3)
P(0)
np.polyder(P)(0)
np.polyder(P, 2)(0)
P = np.polyint(p, 3, k=[6,5,3])
P
np.polyder(P, 2)(0)
np.polyder(P, 1)(0)
P(0)
