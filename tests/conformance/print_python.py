import numpy as np
# --- Python values print as Python prints them
None
(1,)
()
[1, 2.5, 'a', None, True]
{'a': 1, 'b': [1, 2]}
1e16
1e-05
0.1 + 0.2
-0.0
float('nan')
float('inf')
1j
complex(1, -2)
complex(-0.0, 0.0)
-1j
2**100
-7 // 2
'it\'s'
"say \"hi\""
'tab\there'
"both ' and \""
b'abc\x00'
slice(1, None, 2)
range(5)
range(1, 10, 3)
...
str(1.5)
str([1.5, 'a'])
print(1.5, 'a', None, [1, 'b'])
print('a', 'b', sep='-', end='!\n')
repr('x')
str(b'ab')
print((1, 2.0, 1j))
np.arange(3).shape
np.zeros((2, 3)).strides
np.float64(1.5) + 1
type(1.5)
type(None)
int
