import numpy as np
import numpy as np
a = np.arange(10).reshape(2, 5)
a
ixgrid = np.ix_([0, 1], [2, 4])
ixgrid
ixgrid[0].shape, ixgrid[1].shape
a[ixgrid]
ixgrid = np.ix_([True, True], [2, 4])
a[ixgrid]
ixgrid = np.ix_([True, True], [False, False, True, False, True])
a[ixgrid]
