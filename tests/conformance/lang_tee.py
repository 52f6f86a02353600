# itertools.tee: independent iterators over one source (an endless one too)
from itertools import tee, count, islice
a, b = tee(count()); print(list(islice(a, 3)), list(islice(b, 2)), next(a))
print(tee([1,2], 3).__class__.__name__, len(tee([1], 3)), type(tee([1])[0]).__name__)
print(tee([1], 0))
x, = tee([5], 1); print(list(x))
a, b = tee([1, 2, 3]); print(list(a), list(b))
for s in ["tee([1], -1)", "tee()", "tee([1], 2, 3)", "tee(1)", "tee([1], n=2)"]:
    try: eval(s)
    except Exception as e: print(type(e).__name__, e)
import itertools
itertools.tee
