import numpy as np
# The .base of a memmap is Python's mmap.mmap of the file, starting at the offset rounded
# down to the allocation granularity (4096).
np.save('m.npy', np.arange(4))
for mode in ['r', 'r+', 'c']:
    m = np.load('m.npy', mmap_mode=mode)
    print(type(m.base), m.base, m.offset)
m = np.load('m.npy', mmap_mode='r')
m[1:].base is m, m[1:].base.base
x = np.memmap('mm.bin', dtype='i4', mode='w+', shape=(3,), offset=8)
x.base
np.arange(1200, dtype=np.int32).tofile('big.bin')
y = np.memmap('big.bin', dtype='i4', mode='r', shape=(10,), offset=4104)
y.base, y.offset
y2 = np.memmap('big.bin', dtype='i4', mode='c', offset=4096)
y2.base, y2.shape
np.asarray(m).base is m
