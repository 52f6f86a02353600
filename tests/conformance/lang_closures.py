import numpy as np
square = lambda x: x * x
square(7)
square(np.arange(4))
(lambda: "no args")()
(lambda a, b=10: a + b)(1)
(lambda *a, **k: (a, k))(1, 2, z=3)
pairs = [(1, "b"), (3, "a"), (2, "c")]
sorted(pairs, key=lambda p: p[1])
sorted(pairs, key=lambda p: -p[0])
list(map(lambda v: v + 1, [1, 2, 3]))
list(filter(lambda v: v % 2, range(10)))
square.__name__
type(square)
def make_adder(n):
    def adder(x):
        return x + n
    return adder
add5 = make_adder(5)
add5(10)
make_adder(1)(1)
add5.__name__
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
c(); c(); c()
c2 = counter()
c2()
total = 0
def add_to_total(v):
    global total
    total += v
add_to_total(5)
add_to_total(7)
total
def read_global():
    return total * 2
read_global()
def shadow():
    total = -1
    return total
shadow(), total
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
outer()
funcs = [lambda: i for i in range(3)]
[f() for f in funcs]
funcs = [lambda i=i: i for i in range(3)]
[f() for f in funcs]
fs = []
for i in range(3):
    def f():
        return i * 10
    fs.append(f)
[f() for f in fs]
def make_multipliers():
    return [lambda x, k=k: x * k for k in range(1, 4)]
[m(2) for m in make_multipliers()]
def compose(f, g):
    return lambda x: f(g(x))
inc_then_square = compose(square, lambda x: x + 1)
inc_then_square(3)
def accumulator(start):
    values = [start]
    def push(v):
        values.append(v)
        return values
    return push
push = accumulator(0)
push(1)
push(2)
def bad_counter():
    n = 0
    def inc():
        n += 1
        return n
    return inc
bad_counter()()
def uses_later():
    return later_defined * 2
later_defined = 21
uses_later()
def scale_array(factor):
    def apply(a):
        return a * factor
    return apply
double = scale_array(2)
double(np.arange(3))
def set_global_new():
    global created_inside
    created_inside = "made in a function"
set_global_new()
created_inside
def nonlocal_chain():
    a = 1
    def level1():
        nonlocal a
        a += 10
        def level2():
            nonlocal a
            a += 100
        level2()
    level1()
    return a
nonlocal_chain()
mapping = {"double": lambda v: 2 * v, "neg": lambda v: -v}
mapping["double"](4), mapping["neg"](4)
def closure_over_array():
    data = np.zeros(3)
    def fill(i, v):
        data[i] = v
        return data
    return fill
fill = closure_over_array()
fill(0, 1.5)
fill(2, -1)
undefined_name_here
def calls_missing():
    return missing_function(1)
calls_missing()
