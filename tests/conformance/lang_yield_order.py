log = []
def f(x):
    log.append(x)
    return x
def g():
    d = {}
    d[(yield 'key')] = (yield 'value')
    yield d
it = g(); [next(it), it.send('K'), it.send('V')]
def g():
    a = [0, 0, 0]
    a[(yield 1)] += (yield 2)
    yield a
it = g(); [next(it), it.send(1), it.send(5)]
def g():
    x = 1
    x += (yield 'rhs')
    yield x
it = g(); [next(it), it.send(41)]
def h():
    d = {'k': 1}
    d[f('key')] += f(10)
    return d
log = []; h(), log
def g():
    yield 1 < (yield 'mid') < 3
it = g(); [next(it), it.send(2)]
def g():
    yield 1 < (yield 'mid') < (yield 'right')
it = g(); [next(it), it.send(5)]
it = g(); [next(it), it.send(2), it.send(9)]
def g():
    yield f'{(yield "a")}-{(yield "b")}'
it = g(); [next(it), it.send('x'), it.send('y')]
def g():
    assert (yield 'test'), (yield 'msg')
it = g(); next(it)
it.send(0)
it.send('the message')
def g():
    n = 0
    while n < 2:
        n += (yield n)
    else:
        yield 'else', n
it = g(); [next(it), it.send(1), it.send(1)]
def g():
    d = {}
    for d[(yield 'k')] in range(2):
        pass
    yield d
it = g(); [next(it), it.send('a'), it.send('b')]
def g():
    out = []
    for x in (yield 'iterable'):
        out.append(x)
    yield out
it = g(); [next(it), it.send('xyz')]
def g():
    d = {'a': 1, 'b': 2}
    del d[(yield 'del')]
    yield d
it = g(); [next(it), it.send('a')]
def g():
    try:
        yield 1
        yield 2
    finally:
        log.append('closed')
log = []; it = g(); next(it); del it; log
log = []; it = g(); next(it); it = None; log
log = []; next(g()); log
log = []; [x for x in g()]; log
def g():
    try:
        yield 1
    finally:
        log.append('never started')
log = []; it = g(); del it; log
def g():
    try:
        yield 1
    except GeneratorExit:
        log.append('GeneratorExit')
        raise
log = []; it = g(); next(it); it.close(); log
def g():
    a = [1, 2, 3]
    a[(yield 'lo'):(yield 'hi')] = (yield 'val')
    yield a
it = g(); [next(it), it.send(0), it.send(2), it.send('xy')]
def g():
    x = [f('a'), (yield 'mid'), f('b')]
    yield x
log = []; it = g(); [next(it), log[:], it.send('M'), log]
def g():
    yield {f('k1'): (yield 'v1'), f('k2'): f('v2')}
log = []; it = g(); [next(it), log[:], it.send('V'), log]
def g():
    return f('a') + (yield 'y') + f('c')
log = []; it = g(); [next(it), log[:]]
