import numpy as np
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
try:
    f()
except TypeError as e:
    print(e)
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f(1, c=1, zz=2, a=3)
except TypeError as e:
    print(e)
def g(x, y):
    return x + y
try:
    g(1, 2, 3)
except TypeError as e:
    print(e)
try:
    g(1)
except TypeError as e:
    print(e)
try:
    g(1, x=2)
except TypeError as e:
    print(e)
def h(a, b=1):
    pass
try:
    h(1, 2, 3)
except TypeError as e:
    print(e)
def u():
    print(zz)
    zz = 1
try:
    u()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
c()
c()
print(c())
print(c)
print((lambda: 0))
total = 0
def add(n):
    global total
    total += n
add(5); add(6)
print(total)
for i in range(10):
    if i == 3:
        continue
    if i == 6:
        break
    print(i, end=" ")
else:
    print("no")
print()
for i in []:
    pass
else:
    print("empty else")
try:
    raise ValueError("bad value")
except (TypeError, ValueError) as e:
    print("got", repr(e))
try:
    try:
        raise KeyError("k")
    finally:
        print("fin")
except LookupError as e:
    print("lookup", e)
def ret():
    try:
        return 1
    finally:
        print("finally runs")
print(ret())
try:
    assert 1 == 2, "one is not two"
except AssertionError as e:
    print("assert", e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == "")
print([x * y for x in range(3) for y in range(3) if x != y])
print({x % 3 for x in range(10)})
print({str(k): v for k, v in [(1, 2), (3, 4)]})
print([(i, j) for i, j in [(0, "a"), (1, "b")]])
print(f"{3.14159}|{42}|{'hi'!r}|{7=}")
width = 6
print(f"{'x'}|")
print(f"{{literal}} {1+1}")
a, *b, c = range(6)
print(a, b, c)
first, *rest = "hello"
print(first, rest)
print([*range(3), *"ab"])
print({**{'a': 1}, 'b': 2})
print(*[1, 2, 3], sep="-")
if (n := 10) > 5:
    print("walrus", n)
x = 5
r = "big" if x > 3 else "small"
print(r)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(10)])
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("recursion:", e)
x = np.arange(12).reshape(3, 4)
for row in x:
    print(row.sum(), end=" ")
print()
print([a.shape for a in np.split(x, 2, axis=1)])
with np.errstate(divide='ignore'):
    print(np.array([1.0, 0.0]) / 0)
with np.printoptions(precision=3, suppress=True):
    print(np.array([1/3, 1e-9]))
try:
    with np.errstate(divide='raise'):
        np.array([1.0]) / 0
except FloatingPointError as e:
    print("fpe", e)
def doc():
    "a docstring"
    return 1
print(doc())
y = 0
def nested():
    y = 1
    def inner():
        return y
    return inner()
print(nested())
print(list(map(lambda v: -v, [3, 1, 2])) if False else [3, 2, 1])
s = 0
for i in range(100):
    s += i
print(s)
k = 0
while True:
    k += 1
    if k > 4:
        break
print(k)
try:
    [][0]
except IndexError as e:
    print(e)
except Exception:
    print("wrong")
else:
    print("no")
try:
    pass
except Exception:
    pass
else:
    print("else ran")
def kw_only(*, a):
    return a
try:
    kw_only(1)
except TypeError as e:
    print(e)
def po(a, /, b):
    return a, b
try:
    po(a=1, b=2)
except TypeError as e:
    print(e)
print(po(1, b=2))
