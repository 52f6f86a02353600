import numpy as np
m = np.memmap('m.dat', dtype='int32', mode='w+', shape=(4,))
m[:] = [1, 2, 3, 4]
m
np.memmap
np.memmap.__name__
type(m)
isinstance(m, np.memmap)
isinstance(m, np.ndarray)
issubclass(np.memmap, np.ndarray)
issubclass(np.ndarray, np.memmap)
isinstance(np.arange(3), np.memmap)
m.mode
m.offset
m.filename.endswith('m.dat')
m.flush()
type(m[1:])
m[1:]
m[1:].mode
m[1:].offset
type(m[1])
type(m[[0, 1]])
type(m[m > 1])
c = m.copy()
type(c)
c
c.filename
c.mode
c.offset
type(c[1:])
type(c.T)
type(m + 1)
m + 1
type(m.sum())
type(m.astype(float))
m.astype(float).filename
type(m.astype(float)[0:2])
type(m.reshape(2, 2))
type(m.flatten())
type(m.ravel())
type(m.round())
type(m.take([0, 2]))
type(m.repeat(2))
type(m.clip(0, 2))
type(np.asarray(m))
np.asarray(m) is m
np.asarray(m).base is m
type(np.asanyarray(m))
type(np.array(m))
type(np.copy(m))
type(np.ascontiguousarray(m))
type(np.sin(m))
type(m.view(np.ndarray))
print(m)
str(m[:2])
y = np.memmap('new.dat', dtype='int16', mode='w+', shape=(2, 3))
y
y.mode
r = np.memmap('new.dat', dtype='int16', mode='r', offset=2)
r
r.offset
r[1:].offset
r.mode
k = np.memmap('new.dat', dtype='int16', mode='c')
k.mode
k[0] = 7
k
np.memmap('new.dat', dtype='int16', mode='r')
z = np.memmap('never.dat', mode='w+')
np.save('a.npy', np.arange(3))
x = np.load('a.npy', mmap_mode='w+')
q = np.load('none.npy', mmap_mode='w+')
