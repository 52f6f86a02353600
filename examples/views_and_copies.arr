# Views and copies: which results share memory with the array they came from?
#
# A basic slice is a *view*: a new shape and strides over the same bytes.
x = np.arange(10)
y = x[2:5]
y.base is x
y[0] = 99          # writing through the view...
x                  # ...changes x
np.shares_memory(x, y)

# Negative steps and new axes are views too.
r = x[::-1]
r.base is x
r.strides          # walking backwards: a negative stride
x[None, ::2].shape

# Fancy indexing (a list of indices) makes a copy: new memory, no base.
f = x[[0, 5, 6]]
f.base is None
f[0] = -1
x[0]               # unchanged

# .copy() always copies; reshape copies only when it must.
c = y.copy()
c.base is None
m = x.reshape(2, 5)
m.base is x
m.T.reshape(10).base is x   # the transpose is not contiguous, so this is a copy
