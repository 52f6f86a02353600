import numpy as np
import numpy as np
test_array = np.random.rand(3, 2)
test_vector = np.random.rand(4)
