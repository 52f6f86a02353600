import numpy as np
# MemoryError raised, but for a different intermediate array than NumPy's (which allocation
# fails first differs: the mask before the product, the index cast, the result's shape).
np.tri(10**7)
np.broadcast_to(np.arange(3), (10**12, 3)).ravel()
np.arange(5.0)[np.broadcast_to(0, (10**12,))]
np.argsort(np.broadcast_to(1.0, (10**12,)))
np.unravel_index(np.broadcast_to(1, (10**12,)), (2, 3))
np.random.default_rng(0).integers(0, 10, size=(10**6, 10**6))
