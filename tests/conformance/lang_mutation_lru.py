import numpy as np
import functools
d = {1: 2, 3: 4}
for k in d:
    d[k + 10] = 1
d
d = {1: 2, 3: 4}
for k in d:
    d[k] = 5
d
d = {1: 2, 3: 4}
for k in d:
    del d[k]
d = {1: 2, 3: 4}
for k, v in d.items():
    d.pop(1)
d = {1: 2, 3: 4}
for v in d.values():
    d.clear()
d = {'a': 1, 'b': 2}
for k, v in d.items():
    d['b'] = v + 10
    print(k, v)
[d.setdefault(k + 'x', 0) for k in d]
s = {1, 2}
for k in s:
    s.add(k + 10)
s = {1, 2, 3}
for k in s:
    s.discard(k)
s = {1, 2}
for k in s:
    s.add(1)
s
l = [1, 2, 3]
for x in l:
    l.remove(x)
l
l = [1, 2, 3]
for x in l:
    if x < 3:
        l.append(x * 10)
    print(x)
l = [1, 2, 3, 4]
[l.pop() for x in l]
@functools.lru_cache(maxsize=2)
def f(x):
    print("calc", x)
    return x * 2
f(1); f(2); f(1); f(3); f(2); f(1)
f.cache_info()
f.cache_clear()
f.cache_info()
f(5)
f.cache_info()
@functools.lru_cache(maxsize=0)
def g(x):
    print("g", x)
    return x
g(1); g(1)
g.cache_info()
@functools.lru_cache
def h(n):
    return n if n < 2 else h(n - 1) + h(n - 2)
h(30)
h.cache_info()
@functools.lru_cache(maxsize=None)
def k(n):
    return n
k(1); k(1); k(2)
k.cache_info()
@functools.cache
def c(n):
    return -n
c(3); c(3)
c.cache_info()
c.__wrapped__(4)
d = {1: 2}
it = iter(d)
d[2] = 3
next(it)
next(it)
d = {'a': 1, 'b': 2}
it = iter(d.items())
next(it)
d['b'] = 20
next(it)
list(it)
s = {1, 2}
it = iter(s)
s.add(3)
next(it)
it = iter({1: 2})
list(it), list(it)
