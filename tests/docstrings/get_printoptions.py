import numpy as np
import numpy as np
np.get_printoptions()
np.get_printoptions()['linewidth']
np.set_printoptions(linewidth=100)
np.get_printoptions()['linewidth']
