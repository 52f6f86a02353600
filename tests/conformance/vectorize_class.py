import numpy as np
def add(a, b):
    "Add two things."
    return a + b
v = np.vectorize(add)
v([1, 2, 3], 10)
v([[1], [2]], [10, 20, 30])
v(1, 2)
type(v(1, 2))
v(1.5, 2)
v.pyfunc is add
v.otypes
v.excluded
v.signature
v.cache
v.__doc__
type(v)
callable(v)
w = np.vectorize(add, otypes='f')
w([1, 2], 3)
w.otypes
w2 = np.vectorize(add, otypes=[np.int8, float])
w2.otypes
w3 = np.vectorize(add, otypes='dd')
w3.otypes
w4 = np.vectorize(add, otypes=[float])
w4([1, 2], 3)
w4.otypes
np.vectorize(add, otypes=['i'])([1, 2], 3)
np.vectorize(add, otypes=[bool])([1, 0], 0)
np.vectorize(add, otypes=[complex])([1, 2], 1j)
np.vectorize(add, otypes='x')
np.vectorize(add, otypes=[float])([], [])
np.vectorize(add)([], [])
np.vectorize(add)(np.zeros((0, 3)), 1)
np.vectorize(add, otypes=[int])(np.zeros((0, 3)), 1)
def kw(x, scale=1, shift=0):
    return x * scale + shift
vk = np.vectorize(kw)
vk([1, 2, 3], scale=2)
vk([1, 2, 3], scale=[1, 10, 100])
vk([1, 2, 3], 2, shift=[0, 1, 2])
vk(x=[1, 2], scale=3)
def first_int(x):
    return int(x) if x < 2 else x + 0.5
np.vectorize(first_int)([1, 2, 3])
np.vectorize(first_int)([3, 1, 2])
def divmod2(a, b):
    return a // b, a % b
q, r = np.vectorize(divmod2)([7, 8, 9], 4)
q
r
np.vectorize(divmod2)([7, 8, 9], 4)
np.vectorize(divmod2, otypes=[float, int])([7, 8, 9], 4)
np.vectorize(divmod2, otypes=[float])([7, 8, 9], 4)
np.vectorize(divmod2)(7, 4)
def mypolyval(p, x):
    _p = list(p)
    res = _p.pop(0)
    while _p:
        res = res * x + _p.pop(0)
    return res
vp = np.vectorize(mypolyval, excluded=[0, 'p'])
vp([1, 2, 3], x=[0, 1])
vp(p=[1, 2, 3], x=[0, 1])
vp.excluded
vpe = np.vectorize(mypolyval, excluded={'p'})
vpe(p=[1, 2, 3], x=[0, 1, 2])
vpe.excluded
vp0 = np.vectorize(mypolyval, excluded={0})
vp0([1, 2, 3], [0, 1, 2])
vp0.excluded = {0}
calls = []
def counted(x):
    calls.append(x)
    return x * 2
vc = np.vectorize(counted, cache=True)
vc([1, 2, 3])
calls
calls.clear()
vn = np.vectorize(counted)
vn([1, 2, 3])
calls
vc.cache
@np.vectorize
def sq(x):
    "Square it."
    return x * x
sq([1, 2, 3])
sq.__doc__
sq.pyfunc.__name__
@np.vectorize(otypes=[float], doc='as float')
def ident(x):
    return x
ident([1, 2])
ident.__doc__
ident.otypes
np.vectorize(add, doc='my doc').__doc__
np.vectorize(lambda x: x).__doc__
np.vectorize(abs)([-1, 2, -3])
np.vectorize(len)(['a'])
