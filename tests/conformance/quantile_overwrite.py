import numpy as np
a = np.array([[10, 7, 4], [3, 2, 1]])
b = a.copy(); np.percentile(b, 50, axis=1, overwrite_input=True); b
b = a.copy(); np.quantile(b, 0.5, axis=1, overwrite_input=True); b
b = a.copy(); np.quantile(b, [0.1, 0.9], axis=None, overwrite_input=True); b
b = a.copy(); np.quantile(b, 0.3, axis=0, overwrite_input=True, method='lower'); b
c = np.array([5., 1, np.nan, 3, 2, 8, 7]); np.percentile(c, 40, overwrite_input=True); c
d = np.arange(20.)[::-1].reshape(4, 5); np.quantile(d.T, 0.25, overwrite_input=True); d
e = np.arange(12)[::-1].reshape(3, 4); np.quantile(e[:, ::2], 0.5, axis=None, overwrite_input=True); e
np.quantile(e[:, ::2], 0.5, axis=1, overwrite_input=True); e
f = np.arange(9.)[::-1]; f.flags.writeable = False
np.percentile(f, 50, overwrite_input=True)
np.percentile([3, 1, 2], 50, overwrite_input=True)
g = np.arange(24)[::-1].reshape(2, 3, 4); np.quantile(g, 0.5, axis=(0, 2), overwrite_input=True); g
h = np.arange(24.)[::-1].reshape(2, 3, 4); np.quantile(h, [0.2, 0.7], axis=2, overwrite_input=True, method='weibull'); h
