import numpy as np
import itertools
def make(n):
    k = 10
    return (k * i for i in range(n))
g = make(3)
list(g)
def squares(xs):
    return map(lambda v: v * v, xs)
list(squares([1, 2, 3]))
g = (next(g) for x in range(3))
next(g)
gens = [(i * j for j in range(3)) for i in range(3)]
[list(x) for x in gens]
y = 5
g3 = (x + y for x in range(3))
y = 100
list(g3)
g4 = (x for x in 1)
def outer():
    data = [3, 1, 2]
    it = iter(sorted(data))
    return [v for v in it]
outer()
total = 0
for a, b in zip(itertools.count(), 'xyz'):
    total += a
total
list(map(lambda x, y: x + y, [1, 2, 3], [10, 20]))
m = map(int, ['1', 'x', '3'])
list(m)
list(itertools.product('ab', repeat=2))
list(itertools.combinations(range(4), 2))
list(itertools.permutations('abc', 2))
list(zip(*[(1, 'a'), (2, 'b')]))
list(map(lambda t: t[0], enumerate('ab')))
x = np.arange(6).reshape(2, 3)
list(map(np.sum, x))
[r.tolist() for r in iter(x)]
list(zip(x, 'ab'))
e = enumerate(x)
next(e)
np.array([v for v in map(float, range(3))])
it = iter((1, 2))
it
next(it), next(it), next(it, None)
iter('abc')
iter({1: 2})
d = {'a': 1, 'b': 2}
list(map(d.get, 'ab'))
len(map(abs, []))
map(abs)
filter(abs)
next(iter([]))
next([1])
it5 = iter([1, 2, 3])
sum(it5)
list(it5)
list(itertools.islice(itertools.count(), 2, 10, 3))
itertools.islice('ab', -1)
