import numpy as np
a = np.arange(24).reshape(2, 3, 4)
b = np.arange(40).reshape(2, 4, 5)
np.dot(a, b).shape
np.dot(a, b)[1, 2, 0]
np.dot(a, b)[1, 2, 1, 3] == sum(a[1, 2, :] * b[1, :, 3])
np.dot(np.arange(4), b)
np.dot(a, np.arange(4))
np.dot(np.arange(4.0).reshape(2, 2), np.arange(8).reshape(2, 2, 2))
np.dot(np.ones((2, 3), np.float32), np.ones((4, 3, 2), np.float32)).dtype
np.dot(np.arange(6).reshape(1, 2, 3), np.arange(6).reshape(3, 2))
np.dot(np.zeros((2, 0)), np.zeros((3, 0, 4))).shape
np.dot(np.zeros((2, 0)), np.zeros((3, 0, 4)))
np.dot(a, np.arange(24).reshape(2, 3, 4))
np.dot(np.array([1j, 2]), np.arange(8).reshape(2, 2, 2))
x = np.arange(6.0).reshape(2, 3); v = np.arange(3.0)
o = np.empty(2); r = np.dot(x, v, out=o); r is o, o
np.dot(x, v, out=np.empty(3))
np.dot(x, v, out=np.empty(2, int))
np.dot(x, v, out=np.empty(4)[::2])
np.dot(x, v, out=np.empty((1, 2)))
np.dot(x, v, out=[0, 0])
o = np.empty((2, 3, 2, 5), int); np.dot(a[:, :, :4], b, out=o) is o
o[1, 2]
np.dot(3, 4, out=np.empty((), int))
x.dot(np.arange(12.0).reshape(2, 3, 2))
