import numpy as np
import numpy as np
from numpy import linalg as LA
a = np.array([[1, -2j], [2j, 5]])
a
eigenvalues, eigenvectors = LA.eigh(a)
eigenvalues
eigenvectors
(np.dot(a, eigenvectors[:, 0]) -
eigenvalues[0] * eigenvectors[:, 0])  # verify 1st eigenval/vec pair
(np.dot(a, eigenvectors[:, 1]) -
eigenvalues[1] * eigenvectors[:, 1])  # verify 2nd eigenval/vec pair
A = np.matrix(a) # what happens if input is a matrix object
A
eigenvalues, eigenvectors = LA.eigh(A)
eigenvalues
eigenvectors
a = np.array([[5+2j, 9-2j], [0+2j, 2-1j]])
a
b = np.array([[5.+0.j, 0.-2.j], [0.+2.j, 2.-0.j]])
b
wa, va = LA.eigh(a)
wb, vb = LA.eig(b)
wa
wb
va
vb
