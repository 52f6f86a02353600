import numpy as np
# --- reshape: view when possible, otherwise a copy
a = np.arange(24)
r = a.reshape(4, 6)
r.base is a
np.shares_memory(a, r)
r.strides
a.reshape((2, 3, 4)).strides
a.reshape(2, -1, 4).shape
a.reshape(-1).shape
a.reshape(24, 1).strides
a.reshape(1, 24, 1).strides
np.reshape(a, (6, 4)).shape
np.reshape(a, -1).shape
a.reshape(5, 5)
a.reshape(-1, 5)
a.reshape(-2, 12)
a.reshape(2, -1, -1)
a.reshape(())
np.arange(1).reshape(())
np.arange(1).reshape(()).shape
a = np.arange(24)
t = a.reshape(4, 6).T
t.reshape(24)
np.shares_memory(t, t.reshape(24))
t.reshape(24).base is None
t.reshape(6, 2, 2).strides
np.shares_memory(t, t.reshape(6, 2, 2))
s = a.reshape(4, 6)[:, ::2]
s.reshape(12)
np.shares_memory(s, s.reshape(12))
s.reshape(4, 3, 1).strides
np.shares_memory(s, s.reshape(2, 2, 3))
s.reshape(2, 2, 3).strides
# --- order='F'
a.reshape(4, 6, order='F')
a.reshape(4, 6, order='F').strides
a.reshape(4, 6, order='F').flags.f_contiguous
np.shares_memory(a, a.reshape(4, 6, order='F'))
m = a.reshape(4, 6)
m.reshape(6, 4, order='F')
np.shares_memory(m, m.reshape(6, 4, order='F'))
m.T.reshape(24, order='F')
np.shares_memory(m, m.T.reshape(24, order='F'))
m.reshape(24, order='A')
a.reshape(4, 6, order='X')
np.zeros((2, 3), order='F').strides
np.zeros((2, 3), order='F').flags
np.ones((2, 3, 4), order='F').strides
np.arange(6).reshape(2, 3).copy(order='F').strides
# --- ravel vs flatten
m = np.arange(12).reshape(3, 4)
m.ravel()
m.ravel().base is m.base
m.flatten()
m.flatten().base is None
m.T.ravel()
np.shares_memory(m.T, m.T.ravel())
m.T.ravel(order='F')
np.shares_memory(m, m.T.ravel(order='F'))
m.ravel(order='F')
np.ravel(m[:, ::2])
np.shares_memory(m, np.ravel(m[::2]))
m[::2].ravel().flags.c_contiguous
m.flatten(order='F')
m.reshape(-1).base is m.base
