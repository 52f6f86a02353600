import numpy as np
# np.take_along_axis: 14 examples (1 multi-line or excluded left out)
a = np.array([[10, 30, 20], [60, 40, 50]])
np.sort(a, axis=1)
ai = np.argsort(a, axis=1)
ai
np.take_along_axis(a, ai, axis=1)
np.max(a, axis=1, keepdims=True)
ai = np.argmax(a, axis=1, keepdims=True)
ai
np.take_along_axis(a, ai, axis=1)
ai_min = np.argmin(a, axis=1, keepdims=True)
ai_max = np.argmax(a, axis=1, keepdims=True)
ai = np.concatenate([ai_min, ai_max], axis=1)
ai
np.take_along_axis(a, ai, axis=1)
# np.put_along_axis: 5 examples (1 multi-line or excluded left out)
a = np.array([[10, 30, 20], [60, 40, 50]])
ai = np.argmax(a, axis=1, keepdims=True)
ai
np.put_along_axis(a, ai, 99, axis=1)
a
# np.ix_: 10 examples (1 multi-line or excluded left out)
a = np.arange(10).reshape(2, 5)
a
ixgrid = np.ix_([0, 1], [2, 4])
ixgrid
ixgrid[0].shape, ixgrid[1].shape
a[ixgrid]
ixgrid = np.ix_([True, True], [2, 4])
a[ixgrid]
ixgrid = np.ix_([True, True], [False, False, True, False, True])
a[ixgrid]
# np.choose: 12 examples (3 multi-line or excluded left out)
np.choose([2, 4, 1, 0], choices, mode='clip') # 4 goes to 3 (4-1)
# because there are 4 choice arrays
np.choose([2, 4, 1, 0], choices, mode='wrap') # 4 goes to (4 mod 4)
# i.e., 0
a = [[1, 0, 1], [0, 1, 0], [1, 0, 1]]
choices = [-10, 10]
np.choose(a, choices)
# With thanks to Anne Archibald
a = np.array([0, 1]).reshape((2,1,1))
c1 = np.array([1, 2, 3]).reshape((1,3,1))
c2 = np.array([-1, -2, -3, -4, -5]).reshape((1,1,5))
np.choose(a, (c1, c2)) # result is 2x3x5, res[0,:,:]=c1, res[1,:,:]=c2
# np.lexsort: 16 examples (6 multi-line or excluded left out)
a = [1, 5, 1, 4, 3, 4, 4]  # First sequence
b = [9, 4, 0, 4, 0, 2, 1]  # Second sequence
ind = np.lexsort((b, a))  # Sort by `a`, then by `b`
ind
[(a[i], b[i]) for i in ind]
np.argsort((b, a), kind='stable')
np.argsort(x)  # or np.argsort(x, order=('x', 'y'))
arr = np.asarray([b, a])
ind2 = np.lexsort(arr)
np.lexsort((x, y), axis=1)
# np.tril_indices: 10 examples (1 multi-line or excluded left out)
il1 = np.tril_indices(4)
il1
a = np.arange(16).reshape(4, 4)
a
a[il1]
a[il1] = -1
a
il2 = np.tril_indices(4, 2)
a[il2] = -10
a
# np.triu_indices: 10 examples (1 multi-line or excluded left out)
iu1 = np.triu_indices(4)
iu1
a = np.arange(16).reshape(4, 4)
a
a[iu1]
a[iu1] = -1
a
iu2 = np.triu_indices(4, 2)
a[iu2] = -10
a
# np.tril_indices_from: 8 examples (1 multi-line or excluded left out)
a = np.arange(16).reshape(4, 4)
a
trili = np.tril_indices_from(a)
trili
a[trili]
np.tril_indices(a.shape[0])
trili1 = np.tril_indices_from(a, k=1)
a[trili1]
# np.triu_indices_from: 8 examples (1 multi-line or excluded left out)
a = np.arange(16).reshape(4, 4)
a
triui = np.triu_indices_from(a)
triui
a[triui]
np.triu_indices(a.shape[0])
triuim1 = np.triu_indices_from(a, k=1)
a[triuim1]
# np.diag_indices: 11 examples (1 multi-line or excluded left out)
di = np.diag_indices(4)
di
a = np.arange(16).reshape(4, 4)
a
a[di] = 100
a
d3 = np.diag_indices(2, 3)
d3
a = np.zeros((2, 2, 2), dtype=int)
a[d3] = 1
a
# np.diag_indices_from: 6 examples (1 multi-line or excluded left out)
a = np.arange(16).reshape(4, 4)
a
di = np.diag_indices_from(a)
di
a[di]
np.diag_indices(a.shape[0])
# np.fill_diagonal: 25 examples (1 multi-line or excluded left out)
a = np.zeros((3, 3), int)
np.fill_diagonal(a, 5)
a
a = np.zeros((3, 3, 3, 3), int)
np.fill_diagonal(a, 4)
a[0, 0]
a[1, 1]
a[2, 2]
# tall matrices no wrap
a = np.zeros((5, 3), int)
np.fill_diagonal(a, 4)
a
# tall matrices wrap
a = np.zeros((5, 3), int)
np.fill_diagonal(a, 4, wrap=True)
a
# wide matrices
a = np.zeros((3, 5), int)
np.fill_diagonal(a, 4, wrap=True)
a
a = np.zeros((3, 3), int);
np.fill_diagonal(np.fliplr(a), [1,2,3])  # Horizontal flip
a
np.fill_diagonal(np.flipud(a), [1,2,3])  # Vertical flip
a
# np.vander: 9 examples (1 multi-line or excluded left out)
x = np.array([1, 2, 3, 5])
N = 3
np.vander(x, N)
np.column_stack([x**(N-1-i) for i in range(N)])
x = np.array([1, 2, 3, 5])
np.vander(x)
np.vander(x, increasing=True)
np.linalg.det(np.vander(x))
(5-3)*(5-2)*(5-1)*(3-2)*(3-1)*(2-1)
# np.iscomplexobj: 3 examples (1 multi-line or excluded left out)
np.iscomplexobj(1)
np.iscomplexobj(1+0j)
np.iscomplexobj([3, 1+0j, True])
# np.isrealobj: 6 examples (1 multi-line or excluded left out)
np.isrealobj('A string')
np.isrealobj(False)
np.isrealobj(None)
np.isrealobj(1)
np.isrealobj(1+0j)
np.isrealobj([3, 1+0j, True])
# np.isscalar: 7 examples (3 multi-line or excluded left out)
np.isscalar(3.1)
np.isscalar(np.array(3.1))
np.isscalar([3.1])
np.isscalar(False)
np.isscalar('numpy')
np.isscalar(Fraction(5, 17))
np.isscalar(Number())
# np.isfortran: 13 examples (1 multi-line or excluded left out)
a = np.array([[1, 2, 3], [4, 5, 6]], order='C')
a
np.isfortran(a)
b = np.array([[1, 2, 3], [4, 5, 6]], order='F')
b
np.isfortran(b)
a = np.array([[1, 2, 3], [4, 5, 6]], order='C')
a
np.isfortran(a)
b = a.T
b
np.isfortran(b)
np.isfortran(np.array([1, 2], order='F'))
# np.asarray_chkfinite: 3 examples (2 multi-line or excluded left out)
a = [1, 2]
np.asarray_chkfinite(a, dtype=float)
a = [1, 2, np.inf]
# np.real_if_close: 3 examples (1 multi-line or excluded left out)
np.finfo(float).eps
np.real_if_close([2.1 + 4e-14j, 5.2 + 3e-15j], tol=1000)
np.real_if_close([2.1 + 4e-13j, 5.2 + 3e-15j], tol=1000)
# np.angle: 3 examples (1 multi-line or excluded left out)
np.angle([1.0, 1.0j, 1+1j])               # in radians
np.angle(1+1j, deg=True)                  # in degrees
np.angle([0., -0., complex(0., -0.), complex(-0., -0.)])  # convention
# np.sort_complex: 2 examples (1 multi-line or excluded left out)
np.sort_complex([5, 3, 6, 2, 1])
np.sort_complex([1 + 2j, 2 - 1j, 3 - 2j, 3 - 3j, 3 + 5j])
# np.trim_zeros: 6 examples (2 multi-line or excluded left out)
a = np.array((0, 0, 0, 1, 2, 3, 0, 2, 1, 0))
np.trim_zeros(a)
np.trim_zeros(a, trim='b')
np.trim_zeros(b)
np.trim_zeros(b, axis=-1)
np.trim_zeros([0, 1, 2, 0])
# np.dsplit: 4 examples (1 multi-line or excluded left out)
x = np.arange(16.0).reshape(2, 2, 4)
x
np.dsplit(x, 2)
np.dsplit(x, np.array([3, 6]))
