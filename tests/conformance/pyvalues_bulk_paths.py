# The bulk paths of set(), sorted() and zip()/enumerate(): a set's table after deletions,
# reused dummies and resizes; set() of a list, a tuple and strings; sorted() of plain
# ints, bools, floats and strings in place (stable, reverse=True); zip over lists and
# tuples read in place, its tuple reused only when nothing holds it.
s = set(range(20))
for i in range(0, 20, 3):
    s.discard(i)
s.add(100); s.add(33); s.add(64)
s.pop()
for i in range(200, 260):
    s.add(i)
for i in range(200, 250):
    s.discard(i)
s.add(8); s.add(1024)
s
len(s)
s.copy() == s, list(s.copy()) == list(s)
t = set()
for i in range(1000):
    t.add(i * 7); t.discard(i * 7)
t, len(t)
set((5, 3, 8, 3, 1024, -1, -2))
sorted(set(map(str, range(40)))) == sorted(map(str, range(40)))
list(set(map(str, range(12))))
list(set([1.5, 2, True, 0.5, 2.0, 1]))
set([1, [2]])
sorted(range(20, 0, -3))
sorted([True, 1, False, 0, 1], reverse=True)
sorted([1, True, 1.0])
sorted([1.0, True, 1], reverse=True)
sorted([2.5, -1, 0.5, 3])
sorted(['b', 'a', 'é', 'Z', 'ab', ''])
sorted(['b', 'a', 'c'], reverse=True)
sorted(['bb', 'a', 'ccc', 'dd'], key=len)
sorted(['bb', 'a', 'ccc', 'dd'], key=len, reverse=True)
sorted([3, 1, 2], key=lambda x: -x)
sorted([1, 'a'])
dict(zip([1, 2, 3], 'abc'))
dict(zip((1, 2, 3), [4, 5]))
list(zip([1, 2], (3, 4), 'xy'))
z = zip([1, 2, 3], [4, 5, 6]); a = next(z); b = next(z); a, b, a is b
list(zip([1, 2, 3], [4, 5], strict=False))
list(zip([1, 2], [4, 5, 6], strict=True))
list(zip([1, 2, 3], [4, 5], strict=True))
xs = [1, 2]
for p in zip(xs, xs):
    if len(xs) < 5:
        xs.append(len(xs) + 1)
xs
list(enumerate('abc', 10))
[(i, c) for i, c in enumerate('xyz')]
e = enumerate('ab'); first = next(e); second = next(e); first, second
