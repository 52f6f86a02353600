import numpy as np
def generate():
    for x in range(5):
        yield x
g = generate()
print(list(g), list(g))
def fib_gen(n):
    a, b = 0, 1
    while a < n:
        yield a
        a, b = b, a + b
print(list(fib_gen(50)))
def chain2(a, b):
    yield from a
    yield from b
    return
print(list(chain2([1, 2], (3,))))
print([x * 2 for x in generate()])
for v in generate():
    if v == 2:
        break
    print(v)
def empty():
    return
    yield 1
print(list(empty()))
def rows(a):
    for r in a:
        yield r.sum()
list(rows(np.arange(6).reshape(3, 2)))
def bad():
    yield 1
    raise ValueError("inside generator")
list(bad())
