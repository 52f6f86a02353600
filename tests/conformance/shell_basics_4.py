import numpy as np
# --- more builtins, as Python 3.11 has them
round(1234, -2)
round(1250, -2)
round(-1350, -2)
round(7, 2)
round(2.5, 0)
round(-0.5)
complex('1+2j')
complex(' -1.5-2.5J ')
complex('(1e3+1e-3j)')
complex('-j')
complex('3')
complex('1+')
complex('1', 2)
float(' -Infinity ')
float('1_000.5')
int(' 7 ')
int(True)
min([])
min([], default=0)
max([])
min(3, 1, default=0)
max([1, -5, 3], key=abs)
min(2, -3, key=None)
max('abc')
sum([1, 2], 10)
sum(np.arange(4))
len(np.zeros((4, 2)))
list(np.arange(3))
abs(np.int8(-5))
isinstance(3, (float, int))
isinstance(True, int)
isinstance(np.arange(3), np.ndarray)
str(3 + 4j)
repr(1e20)
tuple('ab')
list(range(-2))
bool('')
bool(np.arange(1))
print(1, 2, end='!\n')
print('a', 'b', sep='')
help(len)
help(abs)
# --- identity and membership
x = np.arange(5)
y = x[1:]
y.base is x
y.base is not x
y is x
3 in x
7 in x
7 not in x
'b' in 'abc'
2 in [1, 2]
(1, 2) in [(1, 2)]
None is None
# --- del
del y
y
z = [1, 2, 3]
del z[0]
z
del z[5]
d = 1; e = 2
del d, e
e
# --- imports
import numpy
numpy.arange(2)
from numpy.lib.stride_tricks import as_strided
as_strided(x, shape=(2,), strides=(16,))
import numpy as npy
npy.zeros(1)
