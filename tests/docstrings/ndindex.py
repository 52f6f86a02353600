import numpy as np
import numpy as np
for index in np.ndindex(3, 2, 1):
    print(index)
for index in np.ndindex((3, 2, 1)):
    print(index)
