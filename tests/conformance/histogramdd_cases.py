import numpy as np
# np.histogramdd: 3 examples (2 multi-line or excluded left out)
rng = np.random.default_rng()
H, edges = np.histogramdd(r, bins = (5, 8, 4))
H.shape, edges[0].size, edges[1].size, edges[2].size
# np.histogram2d: 38 examples (10 multi-line or excluded left out)
xedges = [0, 1, 3, 5]
yedges = [0, 2, 3, 4, 6]
x = np.random.normal(2, 1, 100)
y = np.random.normal(1, 1, 100)
H, xedges, yedges = np.histogram2d(x, y, bins=(xedges, yedges))
# Histogram does not follow Cartesian convention (see Notes),
# therefore transpose H for visualization purposes.
H = H.T
ax = fig.add_subplot(131, title='imshow: square bins')
X, Y = np.meshgrid(xedges, yedges)
ax.pcolormesh(X, Y, H)
im = NonUniformImage(ax, interpolation='bilinear')
xcenters = (xedges[:-1] + xedges[1:]) / 2
ycenters = (yedges[:-1] + yedges[1:]) / 2
im.set_data(xcenters, ycenters, H)
ax.add_image(im)
# Generate non-symmetric test data
n = 10000
x = np.linspace(1, 100, n)
y = 2*np.log(x) + np.random.rand(n) - 0.5
# Compute 2d histogram. Note the order of x/y and xedges/yedges
H, yedges, xedges = np.histogram2d(y, x, bins=20)
# Plot histogram using pcolormesh
ax1.pcolormesh(xedges, yedges, H, cmap='rainbow')
ax1.plot(x, 2*np.log(x), 'k-')
ax1.set_xlim(x.min(), x.max())
ax1.set_ylim(y.min(), y.max())
ax1.set_xlabel('x')
ax1.set_ylabel('y')
ax1.set_title('histogram2d')
ax1.grid()
# Create hexbin plot for comparison
ax2.hexbin(x, y, gridsize=20, cmap='rainbow')
ax2.plot(x, 2*np.log(x), 'k-')
ax2.set_title('hexbin')
ax2.set_xlim(x.min(), x.max())
ax2.set_xlabel('x')
ax2.grid()
x = np.array([0.5, 1.5, 2.5, 3.0, 0.0, 1.0]); y = np.array([1.0, 2.0, 0.5, 3.0, 3.0, 0.0])
np.histogram2d(x, y, bins=3)
np.histogram2d(x, y, bins=[2, 3], range=[[0, 3], [0, 4]])
np.histogram2d(x, y, bins=[0, 1, 2, 3])
np.histogram2d(x, y, bins=2, density=True)
np.histogram2d(x, y, bins=2, weights=[1, 2, 3, 4, 5, 6])
np.histogram2d(x, y[:3])
np.histogram2d(x, y, bins=0)
np.histogram2d(x, y, bins=[[0, 2, 1], 2])
np.histogram2d(x, y, bins=1.5)
np.histogram2d(x, y, bins=2, range=[[2, 1], [0, 1]])
np.histogram2d([], [], bins=2)
s = np.array([[0, 0, 0], [1, 1, 1], [2, 0, 1], [0.5, 0.5, 2]])
np.histogramdd(s, bins=2)
np.histogramdd(s, bins=(2, 1, 3))
np.histogramdd(s, bins=[[0, 1, 2], 2, [0, 3]], density=True)
np.histogramdd(s, bins=(2, 2))
np.histogramdd(s, range=[(0, 1), (0, 1)])
np.histogramdd(s, bins=2, range=[None, (0, 4), None])
np.histogramdd([1, 2, 2, 3], bins=3)
np.histogramdd(np.array([1, 2, 2, 3]), bins=[[1, 2, 3]])
np.histogramdd(s, bins=[[[1]], 2, 2])
