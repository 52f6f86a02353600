import numpy as np
def add(a, b):
    return a + b
add(2, 3)
add("x", "y")
add(np.arange(3), 10)
def greet(name, greeting="Hello"):
    """Return a greeting."""
    return f"{greeting}, {name}!"
greet("Ann")
greet("Bob", "Hi")
greet(greeting="Hey", name="Cy")
greet.__doc__
greet.__name__
def nothing():
    pass
nothing()
print(nothing())
def no_return(x):
    x + 1
no_return(1) is None
def total(*args):
    return sum(args)
total()
total(1, 2, 3)
def show(*args, **kwargs):
    print(args, kwargs)
show()
show(1, "two", three=3, four=4)
show(*[1, 2], **{"k": "v"})
def kwonly(a, *, scale=1, shift=0):
    return a * scale + shift
kwonly(3)
kwonly(3, scale=2, shift=1)
kwonly(3, 2)
def f(a, b=2, *rest, c, d=4, **extra):
    return (a, b, rest, c, d, extra)
f(1, c=3)
f(1, 5, 6, 7, c=8, e=9)
def swap(a, b):
    return b, a
swap(1, 2)
x, y = swap("p", "q")
print(x, y)
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
fact(5)
fact(20)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
[fib(i) for i in range(12)]
def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            return x
    return None
first_even([3, 5, 8, 9])
first_even([1, 3]) is None
def normalize(v):
    """Scale v to unit length."""
    return v / np.linalg.norm(v)
normalize(np.array([3.0, 4.0]))
def stats(a):
    return a.min(), a.max(), a.mean()
lo, hi, mean = stats(np.array([2, 4, 9]))
lo, hi, mean
def default_list(x, acc=[]):
    acc.append(x)
    return acc
default_list(1)
default_list(2)
add(1)
add(1, 2, 3)
add(1, c=2)
add(1, a=2)
kwonly(a=1, scale=2, bogus=3)
def g(a, /, b):
    return a - b
g(5, 3)
g(5, b=1)
g(a=5, b=1)
f(1)
type(add)
callable(add)
add
fact.__name__
def outer_doc():
    "single-quoted docstring"
    return 1
outer_doc.__doc__
def annotated(x: int, y: float = 1.0) -> float:
    return x * y
annotated(2)
def many_returns(flag):
    if flag:
        return "yes"
    else:
        return "no"
many_returns(0), many_returns(1)
def apply_twice(func, x):
    return func(func(x))
apply_twice(lambda v: v * 3, 2)
apply_twice(np.sqrt, 16.0)
def pr(*items, sep="-"):
    print(*items, sep=sep)
pr(1, 2, 3)
pr("a", "b", sep="+")
def ret_array(n):
    out = np.empty(n)
    for i in range(n):
        out[i] = i ** 0.5
    return out
ret_array(4)
def div(a, b):
    return a / b
div(1, 0)
def deep(n):
    return div(n, 0) if n == 0 else deep(n - 1)
deep(3)
def spaced(n):
    # a comment line inside the body
    total = 0

    for i in range(n):  # trailing comment
        total += i

    return total
spaced(5)
