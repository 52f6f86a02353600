import numpy as np
v = np.vectorize(lambda x: type(x).__name__ == 'int')
print(repr(v(np.arange(2))))
f = np.vectorize(lambda a, b: a + b)
print(repr(f(np.arange(3), 10)), repr(f([1.5], [2])))
print(repr(np.vectorize(lambda x: x > 1)(np.arange(3))))
print(repr(np.vectorize(lambda x: x * 2, otypes=[float])(np.arange(3))))
print(repr(np.vectorize(lambda x: x)(5)))
try:
    np.vectorize(lambda x: x)([])
except ValueError as e:
    print(e)
print(repr(np.fromfunction(lambda i, j: i + j, (2, 3))))
print(repr(np.fromfunction(lambda i, j: i == j, (2, 2), dtype=int)))
print(repr(np.apply_along_axis(lambda r: r.sum(), 0, np.arange(6).reshape(2, 3))))
print(repr(np.apply_along_axis(lambda r: r * 2, 1, np.arange(6).reshape(2, 3))))
print(repr(np.apply_along_axis(lambda r: np.array([r.min(), r.max()]), 0, np.arange(6).reshape(2, 3))))
print(repr(np.apply_over_axes(np.sum, np.arange(24).reshape(2, 3, 4), [0, 2])))
x = np.linspace(-2, 2, 5)
print(repr(np.piecewise(x, [x < 0, x >= 0], [lambda v: -v, lambda v: v])))
print(repr(np.piecewise(x, [x < 0], [0, 1])))
print(repr(np.piecewise(np.arange(4), [np.arange(4) > 1], [lambda v: v * 10, -1])))
print(np.vectorize(lambda a, b=2: a * b)(np.arange(3), b=3))
print(repr(np.indices((2, 3))))
def f2(x, y):
    return 10 * x + y
print(np.fromfunction(f2, (3, 2), dtype=int))
