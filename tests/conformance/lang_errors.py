import numpy as np
def show_local():
    print(v)
    v = 1
show_local()
def inc_global():
    counter += 1
counter = 0
inc_global()
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
deep(100)
deep(900)
deep(2000)
def forever():
    return forever()
forever()
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
ping(0)
try:
    deep(5000)
except RecursionError as e:
    print("caught:", e)
deep(10)
import foo
import foo.bar
from foo import bar
import nonexistent_module_xyz
try:
    import foo
except ModuleNotFoundError as e:
    print(repr(e), e.name)
try:
    import foo
except ImportError as e:
    print("ImportError catches it:", type(e).__name__)
1 / 0
1 % 0
1 // 0
1.0 / 0
2 ** -1
int("12x")
int(3.9)
float("1e3")
[1, 2, 3][10]
(1, 2)[-3]
"abc"[5]
{"a": 1}["z"]
{}[0]
None + 1
len(5)
"abc" * "d"
[1] + (2,)
undefined_variable
np.nonexistent
"abc".nonexistent
(1).real
abs("x")
sum(["a", "b"])
max([])
min(1)
x = [1, 2]
x.remove(9)
x.index(9)
"abc".index("z")
d = {}
d.pop("k")
s = set()
s.remove(1)
s.pop()
a, b = [1, 2, 3]
a, b, c = "ab"
a, = []
def needs_two(p, q):
    return p
needs_two(1)
needs_two(1, 2, 3)
needs_two(1, q=2, r=3)
needs_two(1, 2, p=3)
"x" < 1
[1] < "a"
sorted([1, "a"])
np.arange(3)[5]
np.arange(6).reshape(4)
np.int64(2 ** 70)
np.uint8(300)
np.zeros(3).reshape(2, 2)
tuple(1)
iter(5)
next(iter([]))
dict(1)
chr(-1)
ord("ab")
hex(1.5)
int("ff", 40)
round("1")
divmod(1, 0)
pow(0, -1)
isinstance(1, 2)
getattr(1, "nope")
