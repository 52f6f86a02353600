import numpy as np
import numpy as np
np.polyadd([1, 2], [9, 5, 4])
p1 = np.poly1d([1, 2])
p2 = np.poly1d([9, 5, 4])
print(p1)
print(p2)
print(np.polyadd(p1, p2))
