import numpy as np
import numpy as np
rng = np.random.default_rng()
a = rng.normal(size=(9, 6)) + 1j*rng.normal(size=(9, 6))
b = rng.normal(size=(2, 7, 8, 3)) + 1j*rng.normal(size=(2, 7, 8, 3))
U, S, Vh = np.linalg.svd(a, full_matrices=True)
U.shape, S.shape, Vh.shape
np.allclose(a, np.dot(U[:, :6] * S, Vh))
smat = np.zeros((9, 6), dtype=complex)
smat[:6, :6] = np.diag(S)
np.allclose(a, np.dot(U, np.dot(smat, Vh)))
U, S, Vh = np.linalg.svd(a, full_matrices=False)
U.shape, S.shape, Vh.shape
np.allclose(a, np.dot(U * S, Vh))
smat = np.diag(S)
np.allclose(a, np.dot(U, np.dot(smat, Vh)))
U, S, Vh = np.linalg.svd(b, full_matrices=True)
U.shape, S.shape, Vh.shape
np.allclose(b, np.matmul(U[..., :3] * S[..., None, :], Vh))
np.allclose(b, np.matmul(U[..., :3], S[..., None] * Vh))
U, S, Vh = np.linalg.svd(b, full_matrices=False)
U.shape, S.shape, Vh.shape
np.allclose(b, np.matmul(U * S[..., None, :], Vh))
np.allclose(b, np.matmul(U, S[..., None] * Vh))
