# itertools.groupby: runs of equal keys
from itertools import groupby
import itertools
print([(k, list(g)) for k, g in groupby('aaabbca')])
print([(k, list(g)) for k, g in groupby([1,2,3,4,5,7], key=lambda v: v % 2)])
print(list(groupby([])))
g = groupby('ab'); print(type(g).__name__, type(next(g)[1]).__name__)
print([(k, len(list(v))) for k, v in groupby(sorted('mississippi'))])
print([k for k, _ in groupby([1, 1.0, True, 2])])
try: groupby()
except TypeError as e: print(e)
try: groupby(1)
except TypeError as e: print(e)
print([(k, list(g)) for k, g in groupby('aab', key=None)])
print([(k, list(g)) for k, g in groupby(iterable='aab')])
print({k: sum(1 for _ in g) for k, g in itertools.groupby([3, 3, 1, 1, 1])})
import numpy as np
print([(int(k), len(list(g))) for k, g in groupby(np.array([0, 0, 1, 1, 1, 0]))])
