import numpy as np
import itertools
import functools
from functools import reduce
list(itertools.product([1, 2], "ab")); list(itertools.product([0, 1], repeat=2)); list(itertools.product()); list(itertools.product([]))
list(itertools.combinations([1, 2, 3, 4], 2)); list(itertools.combinations("abc", 3)); list(itertools.combinations([1], 2)); list(itertools.combinations([], 0))
list(itertools.combinations_with_replacement("ab", 2))
list(itertools.permutations([1, 2, 3])); list(itertools.permutations("abc", 2)); list(itertools.permutations([1, 2], 3))
list(itertools.chain([1, 2], "ab", (3,))); list(itertools.chain()); list(itertools.chain.from_iterable([[1], [2, 3]]))
list(itertools.accumulate([1, 2, 3, 4])); list(itertools.accumulate([1, 2, 3], initial=10)); list(itertools.accumulate([3, 1, 5, 2], max)); list(itertools.accumulate([1, 2, 3], pow)); list(itertools.accumulate([]))
list(itertools.islice("abcdef", 3)); list(itertools.islice("abcdef", 1, 4)); list(itertools.islice("abcdef", 0, None, 2)); list(itertools.islice(range(10), 2, 8, 3))
it = iter(range(10)); list(itertools.islice(it, 3)); next(it)
list(itertools.zip_longest([1, 2, 3], "a")); list(itertools.zip_longest([1], [2, 3], fillvalue=0))
list(itertools.pairwise([1, 2, 3, 4])); list(itertools.starmap(pow, [(2, 3), (3, 2)])); list(itertools.compress("abcd", [1, 0, 1, 0]))
list(itertools.takewhile(str.isdigit, ["1", "2", "a", "3"])); list(itertools.dropwhile(str.isdigit, ["1", "2", "a", "3"])); list(itertools.repeat("x", 3))
itertools.chain; itertools.product; type(itertools.chain([])); isinstance(itertools.product([1]), itertools.product)
list(itertools.combinations([1, 2, 3], -1))
itertools.combinations([1, 2])
list(itertools.product([1, 2], repeat=-1))
list(itertools.islice([1, 2, 3], -1))
list(itertools.islice([1, 2, 3], 0, None, 0))
reduce(pow, [2, 3, 2]); reduce(max, [3, 9, 2]); functools.reduce(pow, [2], 5); reduce(pow, [], 7); reduce(max, "abc")
reduce(pow, [])
reduce(pow)
import nosuchmodule
import math as m; m.sqrt(4); from math import pi, sqrt; sqrt(pi)
