import numpy as np
x = np.arange(12).reshape(3, 4).T
type(x.flat)
x.flat[3]
x.flat[-1]
x.flat[1:4]
x.flat[[0, 5]]
x.flat[::5]
len(x.flat)
x.flat.base is x
list(np.arange(3).flat)
x.flat[[0, 1, 2]] = [100, 200]
x
x.flat[5] = -1
x.T.ravel()
x.flat[20]
y = np.zeros((2, 3), dtype=np.uint8)
y.flat = 7
y.flat[1:3] = 9
y
r = np.broadcast_to(np.arange(3), (2, 3))
r.flat[0] = 5
