import numpy as np
np.indices((2, 3), sparse=True)
i, j = np.indices((2, 3), sparse=True)
i.shape, j.shape, i.base is None, i.flags.writeable
np.indices((2,), sparse=True, dtype=np.int8)
np.indices((), sparse=True)
np.indices((2, 1, 3), sparse=True)
np.indices((0, 2), sparse=True)
x = np.arange(20).reshape(5, 4)
row, col = np.indices((2, 3), sparse=True)
x[row, col]
np.indices((2, 3), sparse=False).shape
