import numpy as np
import numpy as np
np.polymul([1, 2, 3], [9, 5, 1])
p1 = np.poly1d([1, 2, 3])
p2 = np.poly1d([9, 5, 1])
print(p1)
print(p2)
print(np.polymul(p1, p2))
