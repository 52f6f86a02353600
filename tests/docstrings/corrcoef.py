import numpy as np
import numpy as np
import numpy as np
rng = np.random.default_rng(seed=42)
xarr = rng.random((3, 3))
xarr
R1 = np.corrcoef(xarr)
R1
yarr = rng.random((3, 3))
yarr
R2 = np.corrcoef(xarr, yarr)
R2
R3 = np.corrcoef(xarr, yarr, rowvar=False)
R3
