import numpy as np
import numpy as np
iterable = (x*x for x in range(5))
np.fromiter(iterable, float)
iterable = ((x+1, x+2) for x in range(5))
np.fromiter(iterable, dtype=np.dtype((int, 2)))
