import numpy as np
import numpy as np
def myfunc(a, b):
    "Return a-b if a>b, otherwise return a+b"
    if a > b:
        return a - b
    else:
        return a + b
vfunc = np.vectorize(myfunc)
vfunc([1, 2, 3, 4], 2)
vfunc.__doc__
vfunc = np.vectorize(myfunc, doc='Vectorized `myfunc`')
vfunc.__doc__
out = vfunc([1, 2, 3, 4], 2)
type(out[0])
vfunc = np.vectorize(myfunc, otypes=[float])
out = vfunc([1, 2, 3, 4], 2)
type(out[0])
def mypolyval(p, x):
    _p = list(p)
    res = _p.pop(0)
    while _p:
        res = res*x + _p.pop(0)
    return res
vpolyval = np.vectorize(mypolyval, excluded={0, 'p'})
vpolyval([1, 2, 3], x=[0, 1])
vpolyval(p=[1, 2, 3], x=[0, 1])
convolve = np.vectorize(np.convolve, signature='(n),(m)->(k)')
convolve(np.eye(4), [1, 2, 1])
@np.vectorize
def identity(x):
    return x
identity([0, 1, 2])
@np.vectorize(otypes=[float])
def as_float(x):
    return x
as_float([0, 1, 2])
