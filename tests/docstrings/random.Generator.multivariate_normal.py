import numpy as np
mean = [0, 0]
cov = [[1, 0], [0, 100]]  # diagonal covariance
rng = np.random.default_rng()
x, y = rng.multivariate_normal(mean, cov, 5000).T
mean = (1, 2)
cov = [[1, 0], [0, 1]]
rng = np.random.default_rng()
x = rng.multivariate_normal(mean, cov, (3, 3))
x.shape
y = rng.multivariate_normal(mean, cov, (3, 3), method='cholesky')
y.shape
cov = np.array([[6, -3], [-3, 3.5]])
pts = rng.multivariate_normal([0, 0], cov, size=800)
