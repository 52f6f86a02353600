import numpy as np
import numpy as np
a = ([1,2,3], [4,5,6])                         # a is array-like
