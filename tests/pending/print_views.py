import numpy as np
# non-contiguous views print like their copies (needs ndarray.diagonal)
np.arange(16).reshape(4, 4).diagonal()
np.arange(24).reshape(2, 3, 4).diagonal(1, 0, 2)
print(np.arange(16.).reshape(4, 4).diagonal(-1))
