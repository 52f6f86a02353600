import numpy as np
A = np.array([[1, -2j], [2j, 5]])
L = np.linalg.cholesky(A)
L
np.linalg.cholesky(A, upper=True)
np.allclose(L @ L.conj().T, A)
np.linalg.cholesky(np.array([[4, 2 + 2j, 0], [2 - 2j, 6, 1j], [0, complex(0, -1), 3]]))
np.linalg.cholesky(np.array([[4, 2 + 2j, 0], [2 - 2j, 6, 1j], [0, -1j, 3]], dtype=np.complex64), upper=True)
np.linalg.cholesky(np.array([[1, 2j], [-2j, 1]]))
np.linalg.cholesky(np.zeros((0, 0), dtype=complex))
np.linalg.cholesky(np.array([[[2, 1j], [-1j, 2]], [[9, 3], [3, 5]]], dtype=complex))
np.linalg.eigvalsh(A)
np.linalg.eigvalsh(np.array([[5 + 2j, 9 - 2j], [0 + 2j, 2 - 1j]]))
np.linalg.eigvalsh(np.array([[5 + 2j, 9 - 2j], [0 + 2j, 2 - 1j]]), UPLO="U")
np.linalg.eigvalsh(np.array([[2, 1j, 0], [-1j, 2, 1j], [0, -1j, 2]], dtype=np.complex64))
np.linalg.eigvalsh(np.eye(3, dtype=complex) * 2)
w, v = np.linalg.eigh(A)
w
np.allclose(A @ v, v * w), np.allclose(v.conj().T @ v, np.eye(2))
rng = np.random.default_rng(3)
M = rng.normal(size=(5, 5)) + 1j * rng.normal(size=(5, 5))
H = M + M.conj().T
w, v = np.linalg.eigh(H)
np.round(w, 8)
np.allclose(H @ v, v * w), np.allclose(v.conj().T @ v, np.eye(5))
w2, v2 = np.linalg.eigh(H, UPLO="U")
np.allclose(w, w2), v.dtype, w.dtype
np.linalg.eigh(H.astype(np.complex64)).eigenvalues.dtype
np.round(np.linalg.eigvalsh(np.stack([H, 2 * H])), 6)
a = rng.normal(size=(9, 6)) + 1j * rng.normal(size=(9, 6))
U, S, Vh = np.linalg.svd(a)
U.shape, S.shape, Vh.shape, U.dtype, S.dtype, Vh.dtype
np.round(S, 8)
np.allclose(a, (U[:, :6] * S) @ Vh), np.allclose(U.conj().T @ U, np.eye(9)), np.allclose(Vh @ Vh.conj().T, np.eye(6))
U, S, Vh = np.linalg.svd(a, full_matrices=False)
U.shape, S.shape, Vh.shape
np.allclose(a, (U * S) @ Vh)
U, S, Vh = np.linalg.svd(a.T)
U.shape, S.shape, Vh.shape
np.allclose(a.T, (U * S) @ Vh[:6]), np.allclose(Vh @ Vh.conj().T, np.eye(9))
np.round(np.linalg.svd(a, compute_uv=False), 8)
b = rng.normal(size=(2, 3, 4, 3)) + 1j * rng.normal(size=(2, 3, 4, 3))
U, S, Vh = np.linalg.svd(b)
U.shape, S.shape, Vh.shape
np.allclose(b, np.matmul(U[..., :3] * S[..., None, :], Vh))
c = np.array([[1, 1j], [1j, -1]])
np.round(np.linalg.svd(c, compute_uv=False), 12)
U, S, Vh = np.linalg.svd(c)
np.allclose(c, (U * S) @ Vh), np.allclose(U.conj().T @ U, np.eye(2))
np.linalg.svd(np.array([[1 + 1j, 2], [3, 4j]], dtype=np.complex64)).S.dtype
np.linalg.svd(np.zeros((3, 2), dtype=complex), compute_uv=False)
U, S, Vh = np.linalg.svd(np.zeros((3, 2), dtype=complex))
np.allclose(U.conj().T @ U, np.eye(3)), np.allclose(Vh @ Vh.conj().T, np.eye(2))
