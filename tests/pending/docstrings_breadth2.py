import numpy as np
# np.percentile: 13 examples (1 multi-line or excluded left out)
a = np.array([[10, 7, 4], [3, 2, 1]])
a
np.percentile(a, 50)
np.percentile(a, 50, axis=0)
np.percentile(a, 50, axis=1)
np.percentile(a, 50, axis=1, keepdims=True)
m = np.percentile(a, 50, axis=0)
out = np.zeros_like(m)
np.percentile(a, 50, axis=0, out=out)
m
b = a.copy()
np.percentile(b, 50, axis=1, overwrite_input=True)
assert not np.all(a == b)
# np.quantile: 13 examples (1 multi-line or excluded left out)
a = np.array([[10, 7, 4], [3, 2, 1]])
a
np.quantile(a, 0.5)
np.quantile(a, 0.5, axis=0)
np.quantile(a, 0.5, axis=1)
np.quantile(a, 0.5, axis=1, keepdims=True)
m = np.quantile(a, 0.5, axis=0)
out = np.zeros_like(m)
np.quantile(a, 0.5, axis=0, out=out)
m
b = a.copy()
np.quantile(b, 0.5, axis=1, overwrite_input=True)
assert not np.all(a == b)
# np.average: 13 examples (1 multi-line or excluded left out)
data = np.arange(1, 5)
data
np.average(data)
np.average(np.arange(1, 11), weights=np.arange(10, 0, -1))
data = np.arange(6).reshape((3, 2))
data
np.average(data, axis=1, weights=[1./4, 3./4])
np.average(data, weights=[1./4, 3./4])
np.average(data, axis=1, keepdims=True)
data = np.arange(8).reshape((2, 2, 2))
data
np.average(data, axis=(0, 1), weights=[[1./4, 3./4], [1., 1./2]])
np.average(data, axis=0, weights=[[1./4, 3./4], [1., 1./2]])
# np.searchsorted: 9 examples (1 multi-line or excluded left out)
np.searchsorted([11,12,13,14,15], 13)
np.searchsorted([11,12,13,14,15], 13, side='right')
np.searchsorted([11,12,13,14,15], [-10, 20, 12, 13])
a = np.array([40, 10, 20, 30])
sorter = np.argsort(a)
sorter
result = np.searchsorted(a, 25, sorter=sorter)
result
a[sorter[result]]
# np.ndarray.searchsorted: 0 examples (0 multi-line or excluded left out)
# np.digitize: 8 examples (2 multi-line or excluded left out)
x = np.array([0.2, 6.4, 3.0, 1.6])
bins = np.array([0.0, 1.0, 2.5, 4.0, 10.0])
inds = np.digitize(x, bins)
inds
x = np.array([1.2, 10.0, 12.4, 15.5, 20.])
bins = np.array([0, 5, 10, 15, 20])
np.digitize(x,bins,right=True)
np.digitize(x,bins,right=False)
# np.pad: 24 examples (2 multi-line or excluded left out)
a = [1, 2, 3, 4, 5]
np.pad(a, (2, 3), 'constant', constant_values=(4, 6))
np.pad(a, (2, 3), 'edge')
np.pad(a, (2, 3), 'linear_ramp', end_values=(5, -4))
np.pad(a, (2,), 'maximum')
np.pad(a, (2,), 'mean')
np.pad(a, (2,), 'median')
a = [[1, 2], [3, 4]]
np.pad(a, ((3, 2), (2, 3)), 'minimum')
a = [1, 2, 3, 4, 5]
np.pad(a, (2, 3), 'reflect')
np.pad(a, (2, 3), 'reflect', reflect_type='odd')
np.pad(a, (2, 3), 'symmetric')
np.pad(a, (2, 3), 'symmetric', reflect_type='odd')
np.pad(a, (2, 3), 'wrap')
a = np.arange(6)
a = a.reshape((2, 3))
np.pad(a, 2, pad_with)
np.pad(a, 2, pad_with, padder=100)
a = np.arange(1, 7).reshape(2, 3)
np.pad(a, {1: (1, 2)})
np.pad(a, {-1: 2})
np.pad(a, {0: (3, 0)})
np.pad(a, {0: (3, 0), 1: 2})
# np.iinfo: 9 examples (1 multi-line or excluded left out)
ii16 = np.iinfo(np.int16)
ii16.min
ii16.max
ii32 = np.iinfo(np.int32)
ii32.min
ii32.max
ii32 = np.iinfo(np.int32(10))
ii32.min
ii32.max
# np.finfo: 2 examples (1 multi-line or excluded left out)
np.finfo(np.float64).dtype
np.finfo(np.complex64).dtype
# np.ufunc.reduce: 14 examples (1 multi-line or excluded left out)
np.multiply.reduce([2,3,5])
X = np.arange(8).reshape((2,2,2))
X
np.add.reduce(X, 0)
np.add.reduce(X) # confirm: default axis value is 0
np.add.reduce(X, 1)
np.add.reduce(X, 2)
np.add.reduce([10], initial=5)
np.add.reduce(np.ones((2, 2, 2)), axis=(0, 2), initial=10)
a = np.array([10., np.nan, 10])
np.add.reduce(a, where=~np.isnan(a))
np.minimum.reduce([], initial=np.inf)
np.minimum.reduce([[1., 2.], [3., 4.]], initial=10., where=[True, False])
np.minimum.reduce([])
# np.ufunc.accumulate: 7 examples (1 multi-line or excluded left out)
np.add.accumulate([2, 3, 5])
np.multiply.accumulate([2, 3, 5])
I = np.eye(2)
I
np.add.accumulate(I, 0)
np.add.accumulate(I) # no axis specified = axis zero
np.add.accumulate(I, 1)
# np.ufunc.outer: 7 examples (0 multi-line or excluded left out)
np.multiply.outer([1, 2, 3], [4, 5, 6])
A = np.array([[1, 2, 3], [4, 5, 6]])
A.shape
B = np.array([[1, 2, 3, 4]])
B.shape
C = np.multiply.outer(A, B)
C.shape; C
# np.ufunc.at: 10 examples (1 multi-line or excluded left out)
a = np.array([1, 2, 3, 4])
np.negative.at(a, [0, 1])
a
a = np.array([1, 2, 3, 4])
np.add.at(a, [0, 1, 2, 2], 1)
a
a = np.array([1, 2, 3, 4])
b = np.array([1, 2])
np.add.at(a, [0, 1], b)
a
# np.resize: 4 examples (1 multi-line or excluded left out)
a = np.array([[0,1],[2,3]])
np.resize(a,(2,3))
np.resize(a,(1,4))
np.resize(a,(2,4))
# np.linalg.solve: 5 examples (1 multi-line or excluded left out)
a = np.array([[1, 2], [3, 5]])
b = np.array([1, 2])
x = np.linalg.solve(a, b)
x
np.allclose(np.dot(a, x), b)
# np.linalg.inv: 14 examples (4 multi-line or excluded left out)
a = np.array([[1., 2.], [3., 4.]])
ainv = inv(a)
np.allclose(a @ ainv, np.eye(2))
np.allclose(ainv @ a, np.eye(2))
ainv = inv(np.matrix(a))
ainv
a = np.array([[[1., 2.], [3., 4.]], [[1, 3], [3, 5]]])
inv(a)
a = np.array([[2,4,6],[2,0,2],[6,8,14]])
inv(a)  # No errors raised
a @ inv(a)
cond(a)
sigma = svd(a, compute_uv=False)  # Do not compute singular vectors
sigma.max()/sigma.min()
# np.linalg.det: 5 examples (1 multi-line or excluded left out)
a = np.array([[1, 2], [3, 4]])
np.linalg.det(a)
a = np.array([ [[1, 2], [3, 4]], [[1, 2], [2, 1]], [[1, 3], [3, 1]] ])
a.shape
np.linalg.det(a)
# np.amax: 0 examples (0 multi-line or excluded left out)
# np.amin: 0 examples (0 multi-line or excluded left out)
