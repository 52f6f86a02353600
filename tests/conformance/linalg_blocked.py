import numpy as np
rng = np.random.default_rng(5)
a = rng.random((100, 100)) - 0.5
a[:, 70] = 0.0
np.linalg.solve(a, np.ones(100))
np.linalg.inv(a)
np.linalg.det(a)
np.linalg.slogdet(a)
a = np.eye(80)[::-1] * 2.0
np.linalg.solve(a, np.arange(80.0))[:5]
np.linalg.det(a)
np.linalg.inv(a)[0, 79], np.linalg.inv(a)[79, 0], np.abs(np.linalg.inv(a)).sum()
a = np.triu(np.ones((70, 70))) + np.eye(70)
np.linalg.solve(a, np.ones(70))[-3:]
np.linalg.slogdet(a)
np.linalg.solve(np.eye(100), np.arange(300.0).reshape(100, 3))[98:]
