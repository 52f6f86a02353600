import numpy as np
# np.cross: 20 examples (1 multi-line or excluded left out)
x = [1, 2, 3]
y = [4, 5, 6]
np.cross(x, y)
x = [1, 2]
y = [4, 5, 6]
np.cross(x, y)
x = [1, 2, 0]
y = [4, 5, 6]
np.cross(x, y)
x = [1,2]
y = [4,5]
np.cross(x, y)
x = np.array([[1,2,3], [4,5,6]])
y = np.array([[4,5,6], [1,2,3]])
np.cross(x, y)
np.cross(x, y, axisc=0)
x = np.array([[1,2,3], [4,5,6], [7, 8, 9]])
y = np.array([[7, 8, 9], [4,5,6], [1,2,3]])
np.cross(x, y)
np.cross(x, y, axisa=0, axisb=0)
# np.convolve: 3 examples (1 multi-line or excluded left out)
np.convolve([1, 2, 3], [0, 1, 0.5])
np.convolve([1,2,3],[0,1,0.5], 'same')
np.convolve([1,2,3],[0,1,0.5], 'valid')
# np.correlate: 5 examples (1 multi-line or excluded left out)
np.correlate([1, 2, 3], [0, 1, 0.5])
np.correlate([1, 2, 3], [0, 1, 0.5], "same")
np.correlate([1, 2, 3], [0, 1, 0.5], "full")
np.correlate([1+1j, 2, 3-1j], [0, 1, 0.5j], 'full')
np.correlate([0, 1, 0.5j], [1+1j, 2, 3-1j], 'full')
# np.interp: 18 examples (5 multi-line or excluded left out)
xp = [1, 2, 3]
fp = [3, 2, 0]
np.interp(2.5, xp, fp)
np.interp([0, 1, 1.5, 2.72, 3.14], xp, fp)
UNDEF = -99.0
np.interp(3.14, xp, fp, right=UNDEF)
x = np.linspace(0, 2*np.pi, 10)
y = np.sin(x)
xvals = np.linspace(0, 2*np.pi, 50)
yinterp = np.interp(xvals, x, y)
x = [-180, -170, -185, 185, -10, -5, 0, 365]
xp = [190, -190, 350, -350]
fp = [5, 10, 3, 4]
np.interp(x, xp, fp, period=360)
x = [1.5, 4.0]
xp = [2,3,5]
fp = [1.0j, 0, 2+3j]
np.interp(x, xp, fp)
# np.cov: 18 examples (1 multi-line or excluded left out)
m = np.arange(10, dtype=np.float64)
f = np.arange(10) * 2
a = np.arange(10) ** 2.
ddof = 1
w = f * a
v1 = np.sum(w)
v2 = np.sum(w * a)
m -= np.sum(m * w, axis=None, keepdims=True) / v1
cov = np.dot(m * w, m.T) * v1 / (v1**2 - ddof * v2)
x = np.array([[0, 2], [1, 1], [2, 0]]).T
x
np.cov(x)
x = [-2.1, -1,  4.3]
y = [3,  1.1,  0.12]
X = np.stack((x, y), axis=0)
np.cov(X)
np.cov(x, y)
np.cov(x)
# np.corrcoef: 9 examples (4 multi-line or excluded left out)
rng = np.random.default_rng(seed=42)
xarr
R1 = np.corrcoef(xarr)
R1
yarr
R2 = np.corrcoef(xarr, yarr)
R2
R3 = np.corrcoef(xarr, yarr, rowvar=False)
R3
# np.histogram: 8 examples (1 multi-line or excluded left out)
np.histogram([1, 2, 1], bins=[0, 1, 2, 3])
np.histogram(np.arange(4), bins=np.arange(5), density=True)
np.histogram([[1, 2, 1], [1, 0, 1]], bins=[0,1,2,3])
a = np.arange(5)
hist, bin_edges = np.histogram(a, density=True)
hist
hist.sum()
np.sum(hist * np.diff(bin_edges))
# np.histogram_bin_edges: 14 examples (1 multi-line or excluded left out)
arr = np.array([0, 0, 0, 1, 2, 3, 3, 4, 5])
np.histogram_bin_edges(arr, bins='auto', range=(0, 1))
np.histogram_bin_edges(arr, bins=2)
np.histogram_bin_edges(arr, [1, 2])
shared_bins = np.histogram_bin_edges(arr, bins='auto')
shared_bins
group_id = np.array([0, 1, 1, 0, 1, 1, 0, 1, 1])
hist_0, _ = np.histogram(arr[group_id == 0], bins=shared_bins)
hist_1, _ = np.histogram(arr[group_id == 1], bins=shared_bins)
hist_0; hist_1
hist_0, bins_0 = np.histogram(arr[group_id == 0], bins='auto')
hist_1, bins_1 = np.histogram(arr[group_id == 1], bins='auto')
hist_0; hist_1
bins_0; bins_1
# np.gradient: 31 examples (1 multi-line or excluded left out)
f = np.array([1, 2, 4, 7, 11, 16])
np.gradient(f)
np.gradient(f, 2)
x = np.arange(f.size)
np.gradient(f, x)
x = np.array([0., 1., 1.5, 3.5, 4., 6.])
np.gradient(f, x)
np.gradient(np.array([[1, 2, 6], [3, 4, 5]]))
dx = 2.
y = [1., 1.5, 3.5]
np.gradient(np.array([[1, 2, 6], [3, 4, 5]]), dx, y)
x = np.array([0, 1, 2, 3, 4])
f = x**2
np.gradient(f, edge_order=1)
np.gradient(f, edge_order=2)
np.gradient(np.array([[1, 2, 6], [3, 4, 5]]), axis=0)
x = np.array([0., 2., 3., 6., 8.])
y = x ** 2
np.gradient(y, x, edge_order=2)
dx = 2
x = np.array([0., 2., 4., 6., 8.])
y = x ** 2
np.gradient(y, dx, edge_order=2)
dx = 2
dy = 3
x = np.arange(0, 6, dx)
y = np.arange(0, 9, dy)
xs, ys = np.meshgrid(x, y)
zs = xs + 2 * ys
np.gradient(zs, dy, dx)  # Passing two scalars
np.gradient(zs, y, dx)  # Passing one array and one scalar
# np.ediff1d: 5 examples (1 multi-line or excluded left out)
x = np.array([1, 2, 4, 7, 0])
np.ediff1d(x)
np.ediff1d(x, to_begin=-99, to_end=np.array([88, 99]))
y = [[1, 2, 4], [1, 6, 24]]
np.ediff1d(y)
# np.unwrap: 12 examples (8 multi-line or excluded left out)
phase = np.linspace(0, np.pi, num=5)
phase[3:] += np.pi
phase
np.unwrap(phase)
np.unwrap([0, 1, 2, -1, 0], period=4)
np.unwrap([ 1, 2, 3, 4, 5, 6, 1, 2, 3], period=6)
np.unwrap([2, 3, 4, 5, 2, 3, 4, 5], period=4)
phase_deg = np.mod(np.linspace(0 ,720, 19), 360) - 180
np.unwrap(phase_deg, period=360)
t = np.linspace(0, 25, 801)
w = np.mod(1.5 * np.sin(1.1 * t + 0.26) * (1 - t / 6 + (t / 23) ** 3), 2.0) - 1
u = np.unwrap(w, period=2.0)
# np.i0: 2 examples (1 multi-line or excluded left out)
np.i0(0.)
np.i0([0, 1, 2, 3])
