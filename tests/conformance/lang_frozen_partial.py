import numpy as np
import functools
fs = frozenset([3, 1, 2])
fs
type(fs)
frozenset()
frozenset([1]) | {2}
{2} | frozenset([1])
fs & {1, 5}
fs - {1}
{frozenset([1]), frozenset([2, 3])}
hash(frozenset()) == hash(frozenset())
d = {frozenset([1, 2]): "a"}
d[frozenset([2, 1])]
fs == {1, 2, 3}
2 in fs
len(fs)
sorted(fs)
fs.union([7])
fs.add(4)
isinstance(fs, frozenset)
set(fs)
{frozenset(["a", "b"]), frozenset()}
def power(base, exp):
    return base ** exp
square = functools.partial(power, exp=2)
square(5)
square
type(square)
square.func is power
square.args, square.keywords
p2 = functools.partial(power, 2)
p2(10)
p2.args
list(map(functools.partial(power, exp=3), range(4)))
functools.partial(max, 1, 5)(3)
functools.partial(np.add, 10)(np.arange(3))
functools.partial(3)
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib(80)
@functools.cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
fact(20)
@functools.lru_cache
def sq(x):
    return x * x
sq(9), sq(9)
callable(square), callable(fib)
