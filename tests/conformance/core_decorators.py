import numpy as np
@np.vectorize
def identity(x):
    return x * 2
print(identity(np.arange(3)))
@np.vectorize(otypes=[float])
def as_float(x):
    return x
print(repr(as_float([1, 2])))
def deco(f):
    def wrapper(*a, **k):
        print("calling", f.__name__)
        return f(*a, **k)
    return wrapper
@deco
@deco
def add(a, b):
    return a + b
print(add(1, 2))
