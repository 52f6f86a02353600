import numpy as np
import numpy as np
p = np.poly1d([1,1,1,1])
p2 = np.polyder(p)
p2
p2(2.)
(p(2. + 0.001) - p(2.)) / 0.001
np.polyder(p, 2)
np.polyder(p, 3)
np.polyder(p, 4)
