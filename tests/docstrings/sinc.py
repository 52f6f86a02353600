import numpy as np
import numpy as np
x = np.linspace(-4, 4, 41)
np.sinc(x)
