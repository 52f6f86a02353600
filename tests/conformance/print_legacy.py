import numpy as np
# every legacy printing mode, with the arrays and scalars each one changes
x = np.arange(2000)
f = np.array([1.5, -2.0, 1e7])
g = np.array([2000.0, 1.5], dtype=np.float16)
h = np.array([1e6, 1.5], dtype=np.float32)
np.set_printoptions(legacy='1.13')
np.get_printoptions()
x
f
g
h
np.array(2.5)
print(np.array(2.5))
np.float64(1.5)
np.float32(1e7)
np.True_
np.array([1+2j, -3j])
np.set_printoptions(legacy='1.21')
np.get_printoptions()['legacy']
x
f
np.float64(1.5)
np.float16(2000.0)
np.int8(3)
np.True_
np.complex64(1j)
[np.float64(2.5), np.uint8(1)]
np.set_printoptions(legacy='1.25')
np.get_printoptions()['legacy']
np.float64(1.5)
np.float32(1e7)
x
g
h
np.set_printoptions(legacy='2.1')
np.get_printoptions()['legacy']
np.float64(1.5)
np.float32(1e7)
x
np.arange(12).reshape(3, 4)
g
h
np.set_printoptions(legacy='2.2')
np.float32(1e7)
np.float16(2000.0)
x
g
h
np.array([1e8, 1.0], dtype=np.float32)
np.set_printoptions(legacy=False)
np.get_printoptions()['legacy']
x
g
h
np.float32(1e7)
np.set_printoptions(legacy='1.13', sign='+')
np.get_printoptions()['sign']
np.set_printoptions(legacy=False, sign='-')
np.set_printoptions(legacy=0)
np.get_printoptions()['legacy']
np.array2string(np.array([1.5, 2.0]), legacy='1.13')
np.array2string(np.arange(2000), legacy='2.1')
# legacy='1.13' cannot print floats in scientific notation with floatmode='unique'
np.set_printoptions(legacy='1.13', floatmode='unique')
np.array([1e-10, 1.0])
np.array([1.5])
np.array(1e-10)
str(np.array([1e-10]))
print(np.array(1e-10))
np.array([1e-10+1j])
np.array([1e-10], dtype=np.float32)
[np.array([np.nan, 1e20])]
np.array2string(np.array([1e-10]))
np.set_printoptions(legacy=False, floatmode='maxprec')
np.array([1e-10, 1.0])
