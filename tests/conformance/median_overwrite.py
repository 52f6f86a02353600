import numpy as np
a = np.array([[10, 7, 4], [3, 2, 1]])
b = a.copy(); np.median(b, axis=1, overwrite_input=True); b
b = a.copy(); np.median(b, axis=None, overwrite_input=True); b
b = a.copy(); np.median(b, axis=0, overwrite_input=True); b
c = np.array([5., 1, np.nan, 3, 2, 8, 7]); np.median(c, overwrite_input=True); c
d = np.arange(20.)[::-1].reshape(4, 5); np.median(d.T, overwrite_input=True); d
e = np.arange(12)[::-1].reshape(3, 4); np.median(e[:, ::2], axis=None, overwrite_input=True); e
np.median(e[:, ::2], axis=1, overwrite_input=True); e
f = np.arange(9.)[::-1]; f.flags.writeable = False
np.median(f, overwrite_input=True)
np.median([3, 1, 2], overwrite_input=True)
g = np.arange(24)[::-1].reshape(2, 3, 4); np.median(g, axis=(0, 2), overwrite_input=True); g
