# Loops over arrays: the loop variable is a view of each row, so writing into it in place
# changes the array — rebinding it does not. The same rule as `y = x[0]` then `y += 1`.
#
# Run with `arrsh --explain examples/loops_and_views.arr` to see each statement's effect.
x = np.arange(12).reshape(3, 4)
for row in x:
    row += 100         # in place, through a view of x: x changes
x
for row in x:
    row = row - 100    # a new array bound to `row`; x is untouched
x
for i, row in enumerate(x):
    row[i] = -1        # setitem through the view lands in x
x
[r.base is x for r in x]
def double_in_place(a):
    a *= 2             # the caller's array: a is the same object
    return None
def doubled(a):
    return a * 2       # a new array; the caller's stays as it was
col = x[:, 0]          # a strided view: every 4th element
double_in_place(col)
x
d = doubled(col)
d.base is None, np.shares_memory(d, x)
# A comprehension builds new arrays from views; a generator of views writes nowhere.
rows = [r.copy() for r in x]
rows[0][0] = 0
x[0, 0]
total = sum(r.sum() for r in x)
total
