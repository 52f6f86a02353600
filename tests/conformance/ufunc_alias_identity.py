import numpy as np
np.conj is np.conjugate, np.conj
np.bitwise_not is np.invert, np.bitwise_invert is np.invert, np.bitwise_not
np.abs is np.absolute, np.abs
np.acos is np.arccos, np.asin is np.arcsin, np.atan is np.arctan, np.atan2 is np.arctan2
np.acosh is np.arccosh, np.asinh is np.arcsinh, np.atanh is np.arctanh
np.bitwise_left_shift is np.left_shift, np.bitwise_right_shift is np.right_shift
np.true_divide is np.divide, np.true_divide
np.mod is np.remainder, np.pow is np.power, np.pow
np.add is np.subtract, np.conj is np.abs, np.sum is np.add
np.abs == np.absolute, np.abs != np.absolute
