import numpy as np
import itertools
def nat():
    i = 0
    while True:
        yield i
        i += 1
g = nat()
next(g), next(g), next(g)
list(itertools.islice(nat(), 5))
list(zip(nat(), 'abc'))
[x * x for x in itertools.takewhile(lambda v: v < 6, nat())]
for k in nat():
    if k > 3:
        break
    print(k)
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
a = acc()
next(a), a.send(3), a.send(4)
try:
    a.send(None)
except StopIteration as e:
    print(repr(e), e.value, e.args)
a.send(1)
def sub():
    yield 1
    yield 2
    return 'done'
def outer():
    r = yield from sub()
    yield r
list(outer())
s = sub()
print(repr(s)[:24])
next(s), next(s)
next(s)
next(s)
next(s, 'default')
def counter(n):
    print('start')
    for i in range(n):
        print('before', i)
        yield i
        print('after', i)
    print('end')
c = counter(2)
print('made')
next(c)
next(c)
next(c, None)
def returns_none():
    return None
    yield
try:
    next(returns_none())
except StopIteration as e:
    print(repr(e), e.value, e.args)
def stops():
    yield 1
    raise StopIteration(3)
list(stops())
try:
    list(stops())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
def catcher():
    try:
        yield 1
    except ValueError as e:
        yield 'caught %r' % (e,)
    yield 3
t = catcher()
next(t)
t.throw(ValueError('bad'))
next(t)
next(t, 'over')
t.send()
t.throw()
t.throw(5)
t2 = catcher()
t2.throw(KeyError('k'))
next(t2, 'finished')
def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
u = cleanup()
next(u)
u.close()
u.close()
next(u, 'closed')
list(cleanup())
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
w = stubborn()
next(w)
w.close()
catcher().send(4)
type(nat())
def delegate_list():
    yield from [1, 2]
d = delegate_list()
next(d)
d.send(5)
def running():
    yield next(me)
me = running()
next(me)
def squares(v):
    for x in v:
        yield x * x
sq = squares(np.arange(4))
next(sq)
np.fromiter(squares(range(5)), dtype=np.int64)
sum(squares(range(10)))
def evens():
    yield from (i for i in nat() if i % 2 == 0)
list(itertools.islice(evens(), 4))
def chained(*its):
    for it in its:
        yield from it
list(chained('ab', range(2), squares([3])))
def inner_gen():
    x = yield 'first'
    print('inner got', x)
    y = yield 'second'
    print('inner got', y)
    return x + y
def outer_gen():
    r = yield from inner_gen()
    print('outer got', r)
    yield r
og = outer_gen()
next(og)
og.send(10)
og.send(20)
def with_else(n):
    for i in range(n):
        yield i
    else:
        yield 'else'
    while n > 0:
        n -= 1
        yield -n
    else:
        yield 'while-else'
list(with_else(2))
def nested_try():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield 'error %s' % e
        else:
            yield 'ok %d' % i
        finally:
            yield 'finally %d' % i
list(nested_try())
def early(n):
    for i in range(n):
        try:
            yield i
            if i == 1:
                return 'stopped'
        finally:
            print('leaving', i)
list(early(5))
def with_errstate():
    with np.errstate(divide='ignore'):
        yield np.array([1.0]) / 0
list(with_errstate())
def aug():
    total = 10
    total += yield total
    yield total
ag = aug()
next(ag)
ag.send(5)
def gen_in_func(n):
    def g():
        for i in range(n):
            yield i * 10
    return list(g())
gen_in_func(3)
def args_checked(a, b):
    yield a + b
args_checked(1)
def unbound():
    yield x
    x = 1
next(unbound())
def boom():
    yield 1
    1 / 0
bb = boom()
next(bb)
next(bb)
next(bb, 'finished')
def recurse(n):
    if n:
        yield n
        yield from recurse(n - 1)
list(recurse(5))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
list(itertools.islice(fib(), 10))
dict(zip('abc', nat()))
gx = (i * 2 for i in nat())
next(gx), next(gx)
nat()
def maker():
    def inner():
        yield 1
    return inner()
maker()
gx
