import numpy as np
x = np.array([[3, 1], [2, 2], [3, 1]], dtype=">i4")
np.unique(x, axis=0)
np.unique(x, axis=0, return_counts=True)
np.unique(x, axis=1, return_index=True)
np.unique(x, return_index=True)
np.unique(x, sorted=False)
np.unique(x.ravel(), axis=0, sorted=False)
np.unique_values(np.array([1, 256, 2, 1], dtype=">i2"))
np.unique(np.array([1, 256, 2], dtype="<i2"), sorted=False)
np.unique(np.array([1.5, -2.0, 1.5], dtype=">f8"), sorted=False)
np.unique(np.array([1 + 1j, 2, 1 + 1j], dtype=">c16"), sorted=False)
y = np.arange(6, dtype=">f8")
y.flat[1:3]
y.flat[[0, 2]]
y.flat[y > 2]
y.flat[4]
y.flat[::-2]
z = np.arange(6, dtype=">i2").reshape(2, 3)
z.flat[2:5]
z.T.flat[1:4]
np.unique(np.array([3, 1, 2, 3, 1, 5]), sorted=False)
np.unique_values([1, 1, 2])
np.unique([5, 3, 5, 1], sorted=False, return_counts=True)
np.unique(np.array([2.0, np.nan, 1.0, np.nan]), sorted=False)
np.unique(np.array([True, False, True]), sorted=False)
np.unique(np.array([complex(np.nan, 0), complex(0, np.nan), 1, complex(np.nan, np.nan)]))
np.unique(np.array([complex(np.nan, 0), complex(0, np.nan), 1]), equal_nan=False)
np.sort(np.array([complex(np.nan, np.nan), complex(np.nan, 1), complex(2, np.nan), complex(1, np.nan), 3, complex(np.nan, 0)]))
