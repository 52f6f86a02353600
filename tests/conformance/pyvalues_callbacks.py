import numpy as np
import itertools
from functools import reduce
sorted(["bb", "a", "ccc"], key=lambda s: -len(s)); sorted([(1, "b"), (0, "z")], key=lambda t: t[1], reverse=True)
words = ["pear", "Fig", "apple"]; words.sort(key=lambda w: w.lower()); words
list(map(lambda x: x * 2, [1, 2, 3])); list(map(lambda a, b: a + b, [1, 2], [10, 20])); list(filter(lambda x: x % 2, range(7)))
min([3, -7, 5], key=lambda v: abs(v)); max({"a": 3, "b": 9}.items(), key=lambda kv: kv[1])
reduce(lambda a, b: a * b, range(1, 6)); reduce(lambda acc, x: acc + [x * x], [1, 2, 3], [])
list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)); list(itertools.starmap(lambda a, b: a - b, [(5, 1), (9, 4)]))
sum(x * x for x in range(10)); any(x > 8 for x in range(10)); all(x < 5 for x in [1, 2, 3]); max(len(w) for w in words)
sorted(x % 3 for x in range(7)); set(x % 3 for x in range(7)); dict((k, k * k) for k in range(3)); list(zip(*[[1, 2], [3, 4]]))
g = (x for x in range(3)); next(g); list(g); next(g, "end")
d = {"x": 1, "y": 2}
for k, v in d.items(): print(k, v)
for i, (a, b) in enumerate(zip("ab", [1, 2]), start=1): print(i, a, b)
s = {3, 1, 2}
for x in s: print(x, end=" ")
print()
{k: v for k, v in zip("abc", range(3))}; {x % 4 for x in range(10)}; [c.upper() for c in "abc" if c != "b"]
callable(lambda: 0); sorted([3, 1, 2], key=None)
sorted([1, 2], key=lambda x: x.nope)
list(map(lambda x: 1 / x, [1, 0]))
np.array(sorted(np.array([3, 1, 2]), key=lambda v: -v))
