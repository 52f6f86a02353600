# as_strided: any shape and strides over an array's memory (the seed's block view).
from numpy.lib.stride_tricks import as_strided
x = np.array([[1, 2], [3, 4]])
x.strides
# A zero stride repeats: each block row and block column sees the same memory.
X = as_strided(x, shape=(2, 2, 2, 2), strides=(0, 16, 0, 8))
X
X.reshape(4, 4)         # reshaping this view needs a copy
np.shares_memory(X, x)
# broadcast_to builds the same zero-stride view, read-only.
b = np.broadcast_to(x, (2, 2, 2, 2))
b.strides
b.flags.writeable
# Sliding windows of length 3 over 6 numbers, without copying anything.
s = np.arange(6)
w = as_strided(s, shape=(4, 3), strides=(8, 8))
w
np.shares_memory(w, s)
# arrsh refuses strides that reach outside the buffer (NumPy would read foreign
# memory): see docs/differences.md.
