# ImportError words and attributes; vars(), globals() and dir() by scope; keywords given twice
import numpy as np
try:
    import foo.bar
except ModuleNotFoundError as e:
    print(repr(e), e.name, e.path)
try:
    import numpy.linalg.foo
except ModuleNotFoundError as e:
    print(e, "|", e.name)
try:
    import math.foo
except ModuleNotFoundError as e:
    print(e, "|", e.name)
try:
    import PIL.Image.foo
except ModuleNotFoundError as e:
    print(e, "|", e.name)
try:
    from itertools import nothing_here
except ImportError as e:
    print(type(e).__name__, e, "|", e.name)
try:
    from sys import nothing_here
except ImportError as e:
    print(type(e).__name__, e, "|", e.name)
import foo.bar.baz
from foo.bar import baz
import numpy.foo
vars()["np"] is np, globals()["np"] is np, "np" in dir()
x = 1
sorted(k for k in vars() if not k.startswith("_")), "x" in dir()
def local_names(a, b=2):
    y = a + b
    return dir(), sorted(vars()), sorted(locals())
local_names(1)
def f(a, b, c=1):
    return a, b, c
f(1, 2, **{"c": 5}, c=6)
f(1, 2, c=6, **{"c": 5})
f(1, 2, **{"c": 5}, **{"c": 6})
print(**{"sep": 1}, sep=2)
dict(**{"a": 1}, a=2)
KeyError("k").name
np.emath.sqrt(-1)
from numpy import emath
emath.log(-1)
import numpy.emath
from time import nothing_here
import collections.nothing_here
import random.nothing_here
__name__
if __name__ == "__main__":
    print("run as the main module")
