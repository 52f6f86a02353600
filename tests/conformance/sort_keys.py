# np.sort by integer keys: every dtype's extremes, infinities, subnormals, signed zeros
# and nans (which keep the stable path), every axis.
import numpy as np
rng = np.random.default_rng(3)
for dt in ['i1', 'u1', 'i2', 'u2', 'i4', 'u4', 'i8', 'u8', 'f2', 'f4', 'f8', '?']:
    info = np.iinfo(dt) if dt[0] in 'iu' else None
    a = rng.integers(-100, 100, size=(3, 40)).astype(dt)
    s = np.sort(a)
    print(dt, s[:, :5].tolist(), s[:, -3:].tolist(), np.sort(a, axis=0)[:, :4].tolist(), np.sort(a, axis=None)[::17].tolist())
    print((np.sort(a) == np.sort(a, kind='stable')).all(), np.sort(a).dtype)
    if info is not None:
        e = np.array([info.max, info.min, 0, 1, info.max - 1, info.min + 1, 7], dtype=dt)
        print(np.sort(e), np.sort(e[::-1]))
np.sort(np.array([np.inf, -np.inf, 1e-310, -1e-310, 5e-324, -5e-324, 1.0, -1.0, 0.0]))
np.sort(np.array([3.0, np.nan, 1.0, -np.inf, np.nan, 2.0]))
np.sort(np.array([0.0, -0.0, 1.0, -1.0, 0.0]), kind='stable')
np.sort(np.float32([1.5, -2.25, 3.4028235e38, -3.4028235e38, 1e-45, 0.0]))
np.sort(np.float16([1.5, -2.25, 65504, -65504, 6e-8, 0.0]))
x = rng.random(5000); (np.sort(x) == np.sort(x, kind='mergesort')).all(), np.sort(x)[[0, 999, 4999]]
x = rng.normal(size=(50, 60)); np.sort(x, axis=0)[[0, -1], :3], np.sort(x, axis=1)[:2, [0, -1]]
b = rng.integers(0, 2, size=30).astype(bool); np.sort(b)
a = rng.integers(-10**18, 10**18, size=1000); s = np.sort(a); bool((s[1:] >= s[:-1]).all()), s[0], s[-1]
a = rng.integers(0, 2**64 - 1, size=1000, dtype=np.uint64); s = np.sort(a); bool((s[1:] >= s[:-1]).all()), s[0], s[-1]
c = a.copy(); c.sort(); (c == s).all()
np.sort(np.array([], dtype=float)), np.sort(np.array(5.0).reshape(1))
# argsort: the stable order (ties by position), nans last, signed zeros tie.
for dt in ['i1', 'u1', 'i4', 'u8', 'i8', 'f2', 'f4', 'f8', '?']:
    a = rng.integers(-5, 5, size=(3, 30)).astype(dt)
    print(dt, np.argsort(a, kind='stable').tolist() == np.argsort(a, kind='stable').tolist(), np.argsort(a, kind='stable')[:, :8].tolist(), np.argsort(a, axis=0, kind='stable')[:, :6].tolist())
np.argsort(np.array([0.0, -0.0, np.nan, 1.0, -np.nan, -0.0, 0.0, -np.inf, np.inf]), kind='stable')
np.argsort(np.array([2**63 - 1, -2**63, 0, -1, 1], dtype=np.int64), kind='stable')
np.argsort(np.array([2**64 - 1, 0, 2**63, 2**63 - 1], dtype=np.uint64))
x = rng.random(3000); (np.argsort(x) == np.argsort(x, kind='stable')).all(), np.argsort(x)[:5]
x = rng.normal(size=(40, 50)); np.argsort(x, axis=0)[:3, :4], np.argsort(x, axis=None)[:6]
