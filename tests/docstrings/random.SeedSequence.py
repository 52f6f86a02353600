import numpy as np
sq1 = np.random.SeedSequence()
