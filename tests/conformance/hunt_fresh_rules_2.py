import numpy as np
# Rules found by a fresh-seed run of the generators (seed 8642), each with variants.
# one element takes a scalar: the messages of each dtype's scalar conversion
for dt in ['complex64', 'float32', 'int16', 'uint8', 'bool', 'float16', 'complex128', 'int64']:
    y = np.zeros(3, dtype=dt)
    for v in [np.array([10, 20]), np.array([[10]]), [1, 2], (1,), np.array([1.5, 2]), [[1]]]:
        try:
            y[0] = v
            print(dt, 'ok', y)
        except Exception as e:
            print(dt, type(e).__name__, e)
y = np.zeros((2, 2))
try:
    y[0, 1] = np.array([1, 2])
except Exception as e:
    print(type(e).__name__, e)
# fancy indexes: bool shapes (empty masks unchecked), then integers, then broadcasting, then array bounds (skipped when the broadcast is empty)
x = np.zeros((4, 2, 0), dtype=bool)
cases = [
    (np.array([True, True, True, False]), np.array([0, -1]), 0),
    (np.array([-3]), np.array([False, False]), np.array([0])),
    (np.array([5]), np.array([False, False]), np.array([0])),
    (np.array([-3]), np.array([True, False]), np.array([0])),
    (np.array([0, 1, 2]), np.array([0, 1]), 0),
    (np.array([0, 1, 2]), np.array([0, 1])),
    (np.array([9, 1, 2]), np.array([0, 1])),
    (slice(None), np.array([5]), np.array([], dtype=int)),
    (slice(None), np.array([5]), np.array([], dtype=bool)),
    (np.array([], dtype=int), np.array([7, 8])),
    (np.array([[]], dtype=int), np.array([7, 8])),
    (np.array([7]), np.array([], dtype=int)),
]
for c in cases:
    try:
        r = x[c]
        print('ok', r.shape)
    except Exception as e:
        print(type(e).__name__, e)
y = np.zeros((3, 2, 0), dtype='int32')
for c in [(slice(1, None), np.array([-3]), np.array([], dtype=bool)), (slice(1, None), np.array([-3, 5]), np.array([], dtype=bool)), (np.array([-4]), np.array([], dtype=bool))]:
    try:
        r = y[c]
        print('ok', r.shape)
    except Exception as e:
        print(type(e).__name__, e)
z = np.zeros((3, 4))
for c in [(np.array([5, 6]), np.array([0, 1, 2])), (np.array([1, 2]), np.array([0, 1, 9])), (np.array([[5]]), np.array([0, 9])), (np.array([], dtype=int), np.array([9])), (np.array([[]], dtype=int), np.array([9, 9]))]:
    try:
        r = z[c]
        print('ok', r.shape)
    except Exception as e:
        print(type(e).__name__, e)
# min/max over any zero-length axis have no identity, even for an empty result
x = np.zeros((3, 0, 0, 1), dtype='uint8')
for ax in [(3, 1, 0), (3,), (0,), (1,), (0, 3), None, (1, 2), 2]:
    for f in (np.max, np.min, np.argmax, np.sum, np.ptp):
        try:
            r = f(x, axis=ax)
            print(f.__name__, ax, 'ok', np.shape(r))
        except Exception as e:
            print(f.__name__, ax, type(e).__name__, e)
# quantile of an empty axis fails at its first read
a3 = np.zeros((0, 4, 2), dtype=np.int16)
for m in ['inverted_cdf', 'averaged_inverted_cdf', 'closest_observation', 'interpolated_inverted_cdf', 'hazen', 'weibull', 'linear', 'median_unbiased', 'normal_unbiased', 'lower', 'higher', 'midpoint', 'nearest']:
    for q in [0.5, [0.25, 0.625]]:
        for ax in [None, 0, 1]:
            try:
                r = np.quantile(a3, q, method=m, axis=ax)
                print(m, q, ax, 'ok', r.shape, r.dtype)
            except Exception as e:
                print(m, q, ax, type(e).__name__, e)
a = np.zeros((0, 3))
for m in ['inverted_cdf', 'linear', 'lower', 'midpoint']:
    try:
        np.quantile(a, 0.5, method=m, axis=0)
    except IndexError as e:
        print(m, e)

# poly1d ** a whole float: range() refuses it
p = np.poly1d([1, 2])
for e in [2.0, -1, True, np.int64(2), np.float64(2.0), 2.5, np.float32(3), -1.0]:
    try:
        print(repr(e), p ** e)
    except (TypeError, ValueError) as ex:
        print(repr(e), type(ex).__name__, ex)
# reductions and accumulations without dtype=: an out= the input casts to safely picks the loop
x = np.array([0.82, -4.0, 9.144, -3.92], dtype=np.float32)
i8 = np.array([100, 100, 100, -7], dtype=np.int8)
for a in (x, i8, np.array([True, True, False])):
    for od in ['float64', 'float32', 'int64', 'complex128']:
        for f in (np.sum, np.prod, np.cumsum, np.cumprod, np.mean):
            o = np.zeros((a.size,) if f in (np.cumsum, np.cumprod) else (), dtype=od)
            try:
                r = f(a, axis=0, out=o)
                print(f.__name__, a.dtype, od, o.tolist() if o.ndim else o.item(), r is o)
            except TypeError as e:
                print(f.__name__, a.dtype, od, type(e).__name__, e)

