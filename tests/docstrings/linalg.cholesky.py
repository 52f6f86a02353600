import numpy as np
import numpy as np
A = np.array([[1,-2j],[2j,5]])
A
L = np.linalg.cholesky(A)
L
np.dot(L, L.T.conj()) # verify that L * L.H = A
A = [[1,-2j],[2j,5]] # what happens if A is only array_like?
np.linalg.cholesky(A) # an ndarray object is returned
np.linalg.cholesky(np.matrix(A))
np.linalg.cholesky(A, upper=True)
