import numpy as np
import numpy as np
from numpy import linalg as LA
eigenvalues, eigenvectors = LA.eig(np.diag((1, 2, 3)))
eigenvalues
eigenvectors
eigenvalues, eigenvectors = LA.eig(np.array([[1, -1], [1, 1]]))
eigenvalues
eigenvectors
a = np.array([[1, 1j], [-1j, 1]])
eigenvalues, eigenvectors = LA.eig(a)
eigenvalues
eigenvectors
a = np.array([[1 + 1e-9, 0], [0, 1 - 1e-9]])
eigenvalues, eigenvectors = LA.eig(a)
eigenvalues
eigenvectors
