# In place or a new array? `+=`, `out=` and `np.abs(x, x)` write into memory that exists;
# `x = x + 1` makes a new array and rebinds the name.
#
# Run with `arrsh --explain examples/inplace_vs_new.arr` to see each effect spelled out.
x = np.arange(-3, 3)
y = x              # the same object: no new array at all
x += 10            # in place: y sees the change too
y
x = x + 1          # a new array; y keeps the old one alive
y is x
y
np.add(y, 100, out=y)   # out= writes the result into y's own memory
np.abs(x - 20, x - 20)  # in place, but into a temporary: nothing named changes
z = x - 20
np.abs(z, z)       # now the result lands in z
z
v = z[::2]
v *= -1            # through a view: z sees it
z
