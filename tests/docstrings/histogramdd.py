import numpy as np
import numpy as np
rng = np.random.default_rng()
r = rng.normal(size=(100,3))
H, edges = np.histogramdd(r, bins = (5, 8, 4))
H.shape, edges[0].size, edges[1].size, edges[2].size
