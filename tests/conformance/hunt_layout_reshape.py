import numpy as np
# reshape of an empty array to shapes whose zero is not the first axis (panicked in
# src/array/layout.rs nocopy_reshape)
np.array([], dtype='int8').reshape(3, 0)
np.array([], dtype='int8').reshape(2, 0, 3)
np.array([], dtype='int16').reshape(3, 3, 4, 0)
np.array([], dtype='int16').reshape(1, 1, 0)
np.zeros((0, 2)).reshape(2, 0)
np.zeros((2, 0)).T.reshape(0, 4)
np.zeros((2, 0)).reshape(-1, 5)
np.zeros((2, 0)).reshape(0, -1)
