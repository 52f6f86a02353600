import numpy as np
a = np.arange(6).reshape(2, 3)
[int(x) for x in np.nditer(a)]
[int(x) for x in np.nditer(a.T)]
[int(x) for x in np.nditer(a.T, order='C')]
[int(x) for x in np.nditer(a[::-1])]
[x.tolist() for x in np.nditer(a, flags=['external_loop'])]
[x.tolist() for x in np.nditer(a.T, flags=['external_loop'])]
[x.tolist() for x in np.nditer(a[:, ::2], flags=['external_loop'])]
[x.tolist() for x in np.nditer(a, flags=['external_loop'], order='F')]
[(int(x), int(y)) for x, y in np.nditer([a, np.arange(3)])]
[(x.tolist(), y.tolist()) for x, y in np.nditer([a, a[0]], flags=['external_loop'])]
[(x.tolist(), y.tolist()) for x, y in np.nditer([a, a[:, :1]], flags=['external_loop'])]
it = np.nditer([a, None])
it.operands[1].dtype, it.operands[1].shape
for x, y in it:
    y[...] = 2 * x
it.operands[1]
it = np.nditer([a, np.ones(3), None], op_flags=[['readonly'], ['readonly'], ['writeonly', 'allocate']])
with it:
    for x, y, z in it:
        z[...] = x + y
    out = it.operands[2]
out
it = np.nditer(a, flags=['multi_index'])
while not it.finished:
    print(it.multi_index, int(it[0]), end='; ')
    it.iternext()
it.finished
it = np.nditer(a[::-1], flags=['multi_index'])
while not it.finished:
    print(it.multi_index, int(it[0]), end='; ')
    it.iternext()
it = np.nditer(a, flags=['multi_index'])
it[0], it.value, it.iterindex, it.itersize, it.shape, it.ndim, it.nop
it.iternext(), it.multi_index, it.iterindex
it.reset(); it.multi_index
it[5]
np.nditer(a).multi_index
b = np.arange(6.0)
with np.nditer(b, op_flags=['readwrite']) as it:
    for x in it:
        x[...] = x * x
b
with np.nditer(a, op_flags=[['readwrite']]) as it:
    for x in it:
        x[...] = -x
a
def outer_it(x, y, out=None):
    it = np.nditer([x, y, out], ['external_loop'],
            [['readonly'], ['readonly'], ['writeonly', 'allocate']],
            op_axes=[list(range(x.ndim)) + [-1] * y.ndim,
                     [-1] * x.ndim + list(range(y.ndim)),
                     None])
    with it:
        for (p, q, r) in it:
            np.multiply(p, q, out=r)
        return it.operands[2]
outer_it(np.arange(2) + 1, np.arange(3) + 1)
outer_it(np.arange(4).reshape(2, 2), np.array([1.5, -1]))
def luf(f, *args):
    it = np.nditer((None,) + args, ['buffered', 'external_loop'],
            [['writeonly', 'allocate', 'no_broadcast']] + [['readonly', 'nbo', 'aligned']] * len(args))
    while not it.finished:
        it[0] = f(*it[1:])
        it.iternext()
    return it.operands[0]
luf(lambda i, j: i * i + j / 2, np.arange(5), np.ones(5))
c = np.arange(6, dtype='i4')[::-2]
with np.nditer(c, [], [['writeonly', 'updateifcopy']], casting='unsafe', op_dtypes=[np.dtype('f4')]) as i:
    x = i.operands[0]
    x[:] = [-1, -2, -3]
c, x
np.nditer(np.arange(3, dtype='i8'), op_dtypes=['i4'])
np.nditer(np.arange(3, dtype='i4'), op_dtypes=['f8'])
[float(v) for v in np.nditer(np.arange(3, dtype='i4'), flags=['buffered'], op_dtypes=['f8'])]
np.nditer(a, flags=['external_loop', 'multi_index'])
np.nditer([a, np.arange(2)])
np.nditer([a, a[0]], op_flags=[['readonly'], ['readwrite']])
np.nditer(a, flags=['bogus'])
np.nditer(a, op_flags=['readonly', 'bogus'])
np.nditer([a, None])
np.nditer([a, None], op_flags=[['readonly'], ['readonly']])
r = np.arange(3); it = np.nditer(r)
it[0] = 5
[int(x) for x in it], it.finished
it[0]
[int(x) for x in np.nditer(np.zeros((2, 0)))]
