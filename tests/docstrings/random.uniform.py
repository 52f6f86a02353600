import numpy as np
x = np.float32(5*0.99999999)
x
s = np.random.uniform(-1,0,1000)
np.all(s >= -1)
np.all(s < 0)
