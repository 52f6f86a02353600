import numpy as np
# Rules found by a fresh-seed run of the generators (seed 7331), each with variants.
# clip: Python-int bounds at or past an integer dtype's range clip nothing (NumPy's _clip).
d = np.array([5, 7, 1, 6], dtype=np.uint8)
np.clip(d, -1, 10)
np.clip(d, -1, 300)
np.clip(d, 2, 300)
np.clip(d, -1.5, 10)
np.clip(np.int8(5), -1000, 10)
np.clip(d, 300, 400)
np.clip(d, -5, -1)
np.clip(d, None, -1)
d.clip(-1, None)
np.clip(d, -2**70, 3)
np.clip(d, 2**70, None)
np.clip(np.array([True, False]), -1, 0)
np.clip(np.arange(5, dtype=np.int16), -40000, 40000)
# argmax/argmin into a 0-d out return out itself
x = np.array([3, 1, 2])
o = np.zeros((), dtype='int64'); r = np.argmax(x, axis=0, out=o); (r, r is o)
o = np.zeros((), dtype='int64'); r = np.argmin(x, out=o); (r, r is o)
o = np.zeros((1,), dtype='int64'); r = np.argmin(x, out=o, keepdims=True); (r, r is o)
# mean into out: the sum goes into out, then is divided in out's dtype
h = np.array([-4.0, 6.4, -0.0, -5.2, 2.173, 9.97, -2.0, -4.008, 5.12, -0.933, -0.94, 0.0, -6.729, 3.0, -np.inf, 7.725, -3.0, 6.396], dtype='float16').reshape(1, 2, 3, 3)
o = np.zeros((1, 3, 3), dtype='float64'); r = np.mean(h, axis=1, out=o); (o, r is o)
o = np.zeros((1, 3, 3), dtype='float16'); r = np.mean(h, axis=1, out=o); (o, r is o)
o = np.zeros((1, 3, 3), dtype='int64'); r = np.mean(np.arange(18).reshape(1, 2, 3, 3), axis=1, out=o); (o, r is o)
o = np.zeros((), dtype='float32'); r = np.mean(np.arange(7), out=o); (o, r is o)
np.mean(h, axis=1)
# float16 sums with initial= are rounded once
a4 = np.array([1.005, -3.142], dtype=np.float16)
np.sum(a4, axis=None, initial=2.5)
np.sum(np.array([1.005, -3.142, 0.3], dtype=np.float16), initial=2.5)
np.sum(a4, axis=0, initial=2.5)
np.sum(np.arange(12, dtype=np.float16).reshape(3, 4) / 7, axis=1, initial=0.1)
# convolve/correlate check the mode before their operands' dimensions
for f in (np.correlate, np.convolve):
    for args in [([[1, 2]], [5, 9], 'f'), ([[1, 2]], [5, 9], 'bogus'), ([1, 2], [[5, 9]], 'valid'), ([[1, 2]], [5, 9], 3), (np.ones((2, 2)), [1], 'f'), ([], [1], 'x')]:
        try:
            print(f(*args))
        except ValueError as e:
            print(f.__name__, e)

# complex interp: a NaN point gives nan+0j
np.interp([np.nan, 4.18, np.inf, -np.inf], [-0.06, 3.5], np.array([0.2-1.0j, -0.89+1.0j]), period=-4)
np.interp([np.nan, -3.59, np.inf, -np.inf], [-4.57, 1.56], np.array([2.31-2.0j, 2.45+0.0j]))
np.interp([np.nan, 2, 1], [1], [1+2j])
np.interp([np.nan, 1.5], [1, 2], [1+2j, 3])
# genfromtxt: bad lines inside skip_footer are footer, not errors
np.genfromtxt(['nan ', '-2.5e-3 nan', '1 nan', '-2.5e-3 # trailing'], dtype=np.float32, unpack=True, usecols=2, skip_footer=2)
np.genfromtxt(['1 2', '1', '1 2 3', '1 2', '1', '4 5'], skip_footer=2)
np.genfromtxt(['1 2', '1', '1 2 3', '1 2', '1', '4 5'], skip_footer=1)
np.genfromtxt(['1 2', '3 4', '1 2 3', '1'], skip_footer=2)
# nanquantile with a 2-d q over several axes moves NumPy's (quirky) axes
a30 = np.array([[[18], [8], [9]], [[5], [17], [14]], [[7], [10], [11]], [[19.5], [16], [11.5]]], dtype=np.float64)
np.nanquantile(a30, [[0.5, 0.25]], axis=(1, 2), method='normal_unbiased', keepdims=True)
b = np.arange(24.).reshape(2, 3, 4)
np.nanquantile(b, [[0.5, 0.25]], axis=(1, 2), keepdims=True).shape
np.nanquantile(b, [[0.5, 0.25]], axis=(1, 2)).shape
np.nanquantile(b, [0.5, 0.25], axis=(0, 2), keepdims=True).shape
np.nanquantile(b, [[0.5, 0.25]], axis=(1,), keepdims=True).shape
np.nanquantile(b, [[0.5, 0.25]], axis=None, keepdims=True).shape
np.nanpercentile(b, [[50, 25]], axis=(0, 1))
# assignment: extra leading length-1 axes of an array value are dropped; a sequence may be
# no deeper than the destination
x = np.zeros(4)
x[[0, 1]] = [[5, 6]]; x
x[[2]] = [[[7]]]; x
x[1:3] = np.array([[5, 6]]); x
x[1:3] = np.array([[[8, 9]]]); x
y = np.zeros((2, 3))
y[0] = np.ones((1, 1, 3)); y
y[...] = np.arange(3).reshape(1, 1, 3); y
z = np.zeros(())
z[...] = np.array([5]); z
x[[0]] = [[5, 6]]
x[[0, 1, 2]] = [[5, 6]]
x[1:2] = [[5, 6]]
x[1:3] = [[[5, 6]]]
x[1:3] = [[5]]
x[1:3] = np.array([[5], [6]])
x[1:3] = np.array([[5, 6, 7]])
y[:, 0] = [[1, 2]]
y[:] = [[[1, 2]], [[3, 4]]]
y[0] = [[1, 2, 3]]
y[0] = np.ones((2, 3))
x[0, ...] = [5]
z[...] = [5]
z[()] = [5]
np.insert(np.array([3.25, 2, 0, -1.5], dtype=complex), slice(-1, 1, 2), [[5, 6]])
np.insert(np.array([3.25, 2, 0, -1.5], dtype=complex), [4, 3], [[5, 6]])
# legacy='1.13' scalar text: C's %g with NumPy 1.13's precisions
np.set_printoptions(legacy='1.13')
[np.float16(0.1), np.float32(0.1), np.float64(0.1), np.float16(1.5), np.float16(1e-5), np.float16(65504)]
[str(np.float16(0.1)), str(np.float32(1/3)), str(np.float64(1/3)), str(np.float64(1e16))]
np.float64(1e16)
np.float64(123456789012345678)
np.float32(1.5e-7)
np.float32(-0.0)
np.complex64(0.1+0.2j)
np.complex128(0.1+0.2j)
[np.complex128(complex(0, 2)), np.complex128(complex(-0.0, 2)), np.complex64(complex(1, -2)), np.complex128(0)]
[np.complex128(complex(np.nan, np.inf)), np.complex128(complex(1, np.nan)), np.complex128(complex(-np.inf, -np.inf))]
str(np.complex64(1/3+1j/3))
print(np.float32(0.1) * 3, np.float64(0.1) * 3)
np.array(np.float16(0.1))
np.array([np.float16(0.1)])
np.set_printoptions(legacy=False)
np.float16(0.1)
# functions and types know their names and modules
for f in [print, len, np.sum, np.linalg.norm, np.add, abs, int, float, lambda: 0, np.correlate, np.float64, np.ndarray, np.int8, np.dtype]:
    print(f.__name__, f.__qualname__, f.__module__)

def g():
    pass

(g.__name__, g.__qualname__, g.__module__)
