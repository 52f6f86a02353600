import numpy as np
# np.broadcast: 7 examples (1 multi-line or excluded left out)
x = np.array([[1], [2], [3]])
y = np.array([4, 5, 6])
b = np.broadcast(x, y)
out = np.empty(b.shape)
out.flat = [u+v for (u,v) in b]
out
x + y
x = np.array([[1], [2], [3]]); y = np.array([4, 5, 6])
b = np.broadcast(x, y)
b.shape
b.nd
b.ndim
b.size
b.numiter
b.index
list(b)
b.index
b.reset()
b.index
out = np.empty(b.shape); out.flat = [u + v for (u, v) in b]; out
[a.base is None for a in b.iters]
np.broadcast(np.arange(2), np.arange(3))
np.broadcast(1, [1, 2], [[3], [4]]).shape
np.broadcast().shape
np.broadcast(5).size
list(np.broadcast(1.5, np.arange(2)))
type(b)
len(list(np.broadcast(np.zeros((2, 0)), 1)))
