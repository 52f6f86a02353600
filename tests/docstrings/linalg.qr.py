import numpy as np
import numpy as np
rng = np.random.default_rng()
a = rng.normal(size=(9, 6))
Q, R = np.linalg.qr(a)
np.allclose(a, np.dot(Q, R))  # a does equal QR
R2 = np.linalg.qr(a, mode='r')
np.allclose(R, R2)  # mode='r' returns the same R as mode='full'
a = np.random.normal(size=(3, 2, 2)) # Stack of 2 x 2 matrices as input
Q, R = np.linalg.qr(a)
Q.shape
R.shape
np.allclose(a, np.matmul(Q, R))
A = np.array([[0, 1], [1, 1], [1, 1], [2, 1]])
A
b = np.array([1, 2, 2, 3])
Q, R = np.linalg.qr(A)
p = np.dot(Q.T, b)
np.dot(np.linalg.inv(R), p)
