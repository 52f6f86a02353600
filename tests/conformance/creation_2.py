import numpy as np
# --- linspace
np.linspace(0, 1, 5)
np.linspace(0, 1, 5, endpoint=False)
np.linspace(1, 0, 3)
np.linspace(0, 10, 1)
np.linspace(0, 10, 0)
np.linspace(0, 1, 2, dtype=np.float32)
np.linspace(0, 10, 4, dtype=int)
np.linspace(0, 1)
np.linspace(0, 1).shape
np.linspace(-1, 1, 4, retstep=True)
np.linspace(0, 1, -1)
np.linspace(0, 1, 2.5)
np.linspace(0, 100, 11)[3]
# --- eye, identity
np.eye(3)
np.eye(2, 3)
np.eye(3, k=1)
np.eye(3, k=-2, dtype=int)
np.eye(3, dtype=bool)
np.eye(0)
np.identity(2)
np.identity(3, dtype=np.uint8)
np.eye(-1)
