import numpy as np
import numpy as np
rng = np.random.default_rng()
a = rng.normal(size=(9, 6))
B = np.linalg.pinv(a)
np.allclose(a, np.dot(a, np.dot(B, a)))
np.allclose(B, np.dot(B, np.dot(a, B)))
