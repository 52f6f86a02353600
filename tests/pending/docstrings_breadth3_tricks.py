import numpy as np
# np.r_'s 'r'/'c' directives make np.matrix, which arrsh does not have
np.r_['r',[1,2,3], [4,5,6]]
