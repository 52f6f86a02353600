import numpy as np
# printing facts that need layout features outside the printer
# non-contiguous views print like their copies (needs ndarray.diagonal)
np.arange(16).reshape(4, 4).diagonal()
np.arange(24).reshape(2, 3, 4).diagonal(1, 0, 2)
print(np.arange(16.).reshape(4, 4).diagonal(-1))
# NumPy 2.4 gives freshly allocated empty arrays all-zero strides
np.info(np.zeros((0, 3), dtype=np.uint64))
np.zeros((2, 0, 4)).strides
np.empty((0, 3)).__array_interface__['strides']
