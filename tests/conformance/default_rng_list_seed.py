import numpy as np
np.random.default_rng([1, 2, 3]).integers(0, 256, 5)
np.random.default_rng([0]).random(3)
np.random.default_rng((7, 2**40, 0)).standard_normal(2)
np.random.default_rng([2**64 + 5, 1]).integers(0, 10**9, 3)
np.random.default_rng([]).random()
np.random.default_rng([1, -2])
np.random.default_rng([1.5])
