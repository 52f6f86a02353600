# np.indices takes tuple(dimensions): any iterable of ints
import numpy as np
np.indices((x for x in [2, 3])).shape, np.indices([2]).shape, np.indices(iter([1, 2])).shape
np.indices(range(1, 3)).shape, np.indices(np.array([2, 3])).shape, np.indices(()).shape
np.indices((2,), sparse=True)
np.indices(3)
np.indices("ab")
np.indices([1.5])
