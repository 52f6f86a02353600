import numpy as np
rng = np.random.default_rng(0)
a = rng.random((100, 100))
b = rng.random((100, 100))
c = np.einsum('ij,jk->ik', a, b)
c = np.einsum('ij,jk->ik', a, b)
c = np.einsum('ij,jk->ik', a, b)
c = np.einsum('ij,jk->ik', a, b)
c = np.einsum('ij,jk->ik', a, b)
