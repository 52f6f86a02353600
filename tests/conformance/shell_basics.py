import numpy as np
# --- Python literals and their reprs
42
-7
10.
1e-3
1.5e10
1e16
0.1 + 0.2
2j
1 + 2j
(1+2j) * (3-1j)
'single'
"double"
"it's"
'say "hi"'
(8,)
()
(1, 2.5, 'a')
[1, [2, 3], []]
None
True
False
...
# --- operator precedence on Python numbers
1 + 2 * 3
(1 + 2) * 3
2 ** 3 ** 2
-2 ** 2
(-2) ** 2
2 ** -1
-3 // 2
-3 % 2
7 / 2
7 // 2
7 % -3
~5
1 << 4
240 >> 4 & 3 | 8 ^ 1
# --- comparisons, boolean operators, identity, membership
1 < 2 < 3
1 < 3 < 2
3 == 3.0 != 4
not 0
0 or 'x'
1 and 2
[] or None
x = [1, 2, 3]
2 in x
5 not in x
x is x
x is not None
None is None
# --- statement syntax: ';', trailing comments, multi-line statements inside brackets
a = 1; b = 2; a + b
c = 3  # a trailing comment
c
m = np.array([[1, 2, 3],
              [4, 5, 6]])
m
print(m.shape,
      m.dtype)   # comment after a multi-line call
t = (1,
     2)
t
k, j = m.shape
(k, j)
(p, q, r) = m[0]
p + q + r
k, j = 1, 2, 3
