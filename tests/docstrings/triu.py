import numpy as np
import numpy as np
np.triu([[1,2,3],[4,5,6],[7,8,9],[10,11,12]], -1)
np.triu(np.arange(3*4*5).reshape(3, 4, 5))
