import numpy as np
np.save('q.npy', np.arange(6.0))
m = np.load('q.npy', mmap_mode='r')
type(m)
type(m[1:])
type(m[::2].reshape(3, 1))
isinstance(m, np.ndarray)
type(m) is np.ndarray
type(m + 1)
type(m.sum())
v = m.view(np.ndarray)
type(v)
v
v.base is m
w = np.memmap('q.npy', dtype=np.float64, mode='r', offset=128, shape=(6,))
type(w)
m.foo
