import numpy as np
# --- sign
np.set_printoptions(sign='+')
np.array([1.5, -2.0, 0.0])
np.array([1, -2, 3])
np.array([1+2j, -1-1j])
np.array(2.5)
print(np.array([0.25, 3.0]))
np.get_printoptions()['sign']
np.set_printoptions(sign=' ')
np.array([1.5, 2.0])
np.array([[1.0, -1.0], [2.0, 3.0]])
np.array([3, 4])
np.set_printoptions(sign='-')
np.set_printoptions(sign='x')
# --- floatmode
a = np.array([0.5, 0.123456789, 1.0])
b = np.array([1.0, 2.5, 3.25])
np.set_printoptions(floatmode='fixed', precision=4)
a
b
np.array([1e-8, 1.0])
np.set_printoptions(floatmode='unique')
a
np.array([0.1, 1/3])
np.set_printoptions(floatmode='maxprec_equal', precision=3)
a
b
np.array([1.0, 2.0])
np.set_printoptions(floatmode='maxprec', precision=8)
np.set_printoptions(floatmode='wrong')
np.get_printoptions()['floatmode']
# --- nanstr / infstr
np.set_printoptions(nanstr='NaN', infstr='Inf')
np.array([np.nan, np.inf, -np.inf, 1.0])
np.array([complex(np.nan, np.inf)])
np.float64(np.nan)
np.set_printoptions(nanstr='nan', infstr='inf')
# --- legacy 1.13
np.set_printoptions(legacy='1.13')
np.get_printoptions()['legacy']
np.array([1.5, 2.0, -3.0])
np.array([1, 2, 3])
np.arange(2000).reshape(40, 50)
np.array(2.5)
np.array([True, False])
np.linspace(0, 1, 7)
np.set_printoptions(legacy=False)
np.get_printoptions()['legacy']
# --- threshold as a float, and np.inf
np.set_printoptions(threshold=np.inf)
np.get_printoptions()['threshold']
np.arange(1500).reshape(30, 50)[:2]
np.set_printoptions(threshold=10.5)
np.arange(11)
np.arange(10)
np.get_printoptions()
np.set_printoptions(threshold=float('nan'))
np.set_printoptions(threshold=1000)
# --- precision edge cases
np.set_printoptions(precision=0)
np.array([1.5, 2.5, 0.4])
np.array([1234.5678])
np.set_printoptions(precision=20)
np.array([0.1, 0.2])
np.set_printoptions(precision=8)
np.set_printoptions(precision=2.5)
np.set_printoptions(precision='3')
# --- linewidth / edgeitems
np.set_printoptions(linewidth=5)
np.arange(4)
np.array([[1.5, 2.5], [3.5, 4.5]])
np.set_printoptions(linewidth=75, edgeitems=0, threshold=5)
np.arange(10)
np.set_printoptions(edgeitems=3, threshold=1000)
np.set_printoptions(8, 1000, 3, 75, False)
np.get_printoptions()
# --- array2string and friends with options
x = np.array([[1.123456, -2.5], [1e-9, 300.0]])
np.array2string(x)
np.array2string(x, precision=2)
np.array2string(x, precision=2, suppress_small=True)
np.array2string(x, separator=',', max_line_width=10)
np.array2string(x, prefix='x = ')
print('x = ' + np.array2string(x, prefix='x = '))
np.array2string(np.arange(2000), threshold=10, edgeitems=2)
np.array2string(np.array([1.5, -1.0]), sign='+')
np.array2string(np.array([0.5, 0.25]), floatmode='fixed', precision=3)
np.array2string(np.array([0.5, 0.25]), legacy='1.13')
np.array2string(np.array(3.5))
np.array2string(np.float32(1.5))
np.array2string(np.arange(12), max_line_width=20, suffix=')))))')
np.array2string(np.arange(4), floatmode='bogus')
np.array_repr(np.array([1.5, 2.25]), precision=1)
np.array_repr(np.arange(30), max_line_width=40)
np.array_repr(np.array([1e-12, 1.0]), suppress_small=True)
np.array_repr(np.array(5))
np.array_repr(np.array([], dtype=np.float32))
np.array_str(np.array([1.5, 2.25]), precision=1)
np.array_str(np.array(7.25))
np.array_str(np.arange(30), max_line_width=40)
np.array_str(np.zeros((2, 0)))
