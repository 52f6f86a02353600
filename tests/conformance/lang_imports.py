import numpy as np
import math
math.pi
math.e
math.inf
math.nan
math.tau
math.sqrt(16)
math.sqrt(2)
math.floor(2.7), math.ceil(2.1), math.trunc(-2.7)
math.floor(-0.5)
math.exp(0)
math.log(math.e)
math.log(100, 10)
math.log10(1000), math.log2(1024)
math.log1p(0.0)
math.sin(0), math.cos(0), math.tan(0)
math.atan2(1, 1)
math.degrees(math.pi), math.radians(180)
math.hypot(3, 4)
math.fabs(-3)
math.factorial(10)
math.gcd(12, 18)
math.lcm(4, 6)
math.isclose(0.1 + 0.2, 0.3)
math.isnan(float("nan")), math.isinf(math.inf), math.isfinite(1.0)
math.copysign(3, -0.0)
math.fsum([0.1] * 10)
math.prod([1, 2, 3, 4])
math.comb(5, 2), math.perm(5, 2)
math.isqrt(17)
math.pow(2, 3)
math.fmod(7, 3)
math.modf(2.5)
math.sqrt(-1)
math.log(0)
math.factorial(-1)
math.factorial(2.5)
math.nonexistent
math.sqrt(np.float64(9.0))
math.floor(np.float64(2.5))
type(math.floor(2.5))
from math import sqrt, pi
sqrt(pi * pi)
from math import floor as fl
fl(3.9)
import math as m
m.cos(m.pi)
from functools import reduce
reduce(lambda a, b: a + b, [1, 2, 3, 4])
reduce(lambda a, b: a * b, range(1, 6), 1)
reduce(lambda acc, x: acc + [x * 2], [1, 2], [])
reduce(max, [3, 9, 2])
reduce(lambda a, b: a + b, [])
reduce(np.add, [np.arange(3), np.ones(3), np.full(3, 10)])
reduce(np.dot, [np.eye(2), np.array([[1, 2], [3, 4]]), np.eye(2) * 2])
import functools
functools.reduce(lambda a, b: a - b, [10, 3, 2])
import itertools
list(itertools.product([1, 2], "ab"))
list(itertools.product(range(2), repeat=3))
list(itertools.combinations("abcd", 2))
list(itertools.combinations(range(4), 3))
list(itertools.permutations([1, 2, 3]))
list(itertools.permutations("abc", 2))
list(itertools.chain([1, 2], (3,), "xy"))
list(itertools.chain.from_iterable([[1], [2, 3]]))
list(itertools.accumulate([1, 2, 3, 4]))
list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b))
list(itertools.accumulate([3, 1, 4, 1, 5], max))
from itertools import product, combinations, permutations, chain, accumulate
[a + b for a, b in product("xy", "12")]
len(list(combinations(range(10), 3)))
len(list(permutations(range(5))))
sum(1 for _ in chain(range(3), range(4)))
list(accumulate(np.arange(5)))
np.array(list(product([0, 1], repeat=2)))
for a, b in combinations([1, 2, 3], 2):
    print(a, b)
import foo
import numpy.linalg
from numpy import arange, zeros
arange(3) + zeros(3)
from itertools import nothing_here
import numpy as np2
np2 is np
import math, itertools
math.pi > 3
