import numpy as np
q = np.arange(3)
np.roll(q, [])
np.roll(q, 1, axis=())
np.roll(np.ones((2, 2)), [], axis=[])
np.roll(q, [1, 2], axis=[0, 0])
