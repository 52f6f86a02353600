# Advanced indexing (a list or an array of indices, or a boolean mask) always copies.
x = np.arange(8)
f = x[[1, 3, 5]]
f.base is None
np.shares_memory(f, x)
m = x[x % 2 == 0]        # a boolean mask: a copy too
m
# Assigning *through* an advanced index writes into x itself...
x[[1, 3]] = -1
x
# ...but indexing the copy and then assigning writes into a temporary copy:
x[[0, 1]][0] = 99
x                        # unchanged: the 99 went into memory nobody holds
# A slice with a step is a view, even if it picks the same elements as a list would.
s = x[1:6:2]
np.shares_memory(s, x)
