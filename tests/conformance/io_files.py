import numpy as np
# --- .npy round trips in arrsh's own files, both byte orders, C and Fortran order
a = np.arange(6).reshape(2, 3).T
np.save('a', a)
b = np.load('a.npy'); b; b.flags.f_contiguous; b.dtype
np.save('be.npy', np.array([1.5, -2.0], dtype='>f4'))
np.load('be.npy'); np.load('be.npy').dtype.byteorder
# --- .npz
np.savez('p', a, b=np.array([1, 2], dtype='>i2'))
z = np.load('p.npz'); z; z.files; z['arr_0']; z['b']
z['c']
z.close()
np.savez_compressed('pc', x=np.linspace(0, 1, 5))
np.load('pc.npz')['x']
np.savez('q', np.arange(2), arr_0=np.arange(2))
# --- tofile / fromfile
np.arange(5, dtype='i2').tofile('raw.bin')
np.fromfile('raw.bin', dtype='i2', count=3, offset=2)
np.fromfile('raw.bin', dtype='i4')
np.fromfile('raw.bin', dtype='>i2', count=10)
# --- memory maps
np.save('m.npy', np.arange(5, dtype='>i4'))
m = np.load('m.npy', mmap_mode='r'); m; m[1:]; m + 1; m.sum(); m[::2]
m[0] = 1
c = np.load('m.npy', mmap_mode='c'); c[0] = 7; c; np.load('m.npy')
w = np.load('m.npy', mmap_mode='r+'); w[1] = 9; w.flush(); np.load('m.npy')
n = np.memmap('new.bin', dtype='f4', mode='w+', shape=(2, 3), order='F'); n[1, 2] = 5; n.flush(); n.flags.f_contiguous
np.fromfile('new.bin', dtype='f4')
np.memmap('new.bin', dtype='f4', mode='r', offset=20)
np.memmap('new.bin', mode='x')
np.memmap('new.bin', dtype='i4', shape=(10,), mode='r')
np.memmap('nothere.bin', mode='w+')
np.load('missing.npy')
m.offset; m.mode; m[2:].offset; m.filename.endswith('m.npy')
