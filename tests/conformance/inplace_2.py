import numpy as np
# --- in-place through views
x = np.arange(10)
x[::2] += 100
x
x[1:4] *= -1
x
r = x.reshape(2, 5)
r[:, 0] -= 1000
x
x[[0, 0, 1]] += 1
x[:3]
x[[2, 2]] = [7, 8]
x[:3]
# --- overlapping operands
x = np.arange(5)
x[1:] += x[:-1]
x
x = np.arange(5)
x[:-1] += x[1:]
x
x = np.arange(5)
x[1:] = x[:-1]
x
x = np.arange(5)
x[:-1] = x[1:]
x
x = np.arange(5)
np.add(x, 1, out=x[::-1])
x
x = np.arange(6)
x[::-1] += x
x
x = np.arange(6)
x += x[::-1]
x
x = np.arange(8)
x[2:] -= x[:-2]
x
# --- out= as in-place, np.abs(x, x)
x = np.arange(-4, 4)
np.abs(x, x)
x
np.negative(x, out=x)
x
np.multiply(x, 2, out=x[:4])
x
np.sqrt(x, out=x)
x = np.arange(8)
np.sqrt(x, x, casting='unsafe')
x
np.add(x, 1, out=x.astype(float))
x
# --- read-only destinations
ro = np.arange(3)
ro.flags.writeable = False
ro += 1
np.add(ro, 1, out=ro)
bc = np.broadcast_to(np.arange(3), (2, 3))
bc += 1
d = np.arange(4).reshape(2, 2).diagonal()
d += 1
d *= 1
