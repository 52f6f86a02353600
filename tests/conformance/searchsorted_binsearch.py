# np.searchsorted is NumPy's binsearch: sorted or not (bounds carried from key to key),
# both sides, every dtype, nans last, promotion between a and v.
import numpy as np
rng = np.random.default_rng(5)
res = []
for t in range(300):
    a = rng.integers(0, 10, size=rng.integers(0, 12)); k = rng.integers(-1, 11, size=rng.integers(0, 8))
    res.append((np.searchsorted(a, k).tolist(), np.searchsorted(a, k, side='right').tolist()))
res[:3], sum(len(x) + len(y) for x, y in res), sum(sum(x) * 3 + sum(y) for x, y in res), res[-3:]
for dt in ['i1', 'u1', 'i4', 'u8', 'i8', 'f2', 'f4', 'f8', '?']:
    a = np.sort(rng.integers(0, 20, size=50)).astype(dt)
    print(dt, np.searchsorted(a, a[::7]).tolist(), np.searchsorted(a, a[::-5], side='right').tolist())
s = np.array([1.0, 2.0, np.nan, np.nan]); np.searchsorted(s, [np.nan, 2.0, 5.0, -np.inf]), np.searchsorted(s, np.nan, side='right')
np.searchsorted(np.array([-0.0, 0.0, 1.0]), 0.0), np.searchsorted(np.array([-0.0, 0.0, 1.0]), -0.0, side='right')
np.searchsorted(np.arange(10, dtype=np.uint8), np.array([-1, 300, 5])), np.searchsorted(np.arange(5), 2.5)
np.searchsorted([1, 2, 3], 2), np.searchsorted([1, 2, 3], [[0, 4], [2, 3]], side='right')
np.searchsorted(np.array([3, 1, 2]), [2, 3], sorter=[1, 2, 0])
np.searchsorted(np.array([1+1j, 2+0j]), 1.5)
x = rng.random(10**5); s = np.sort(rng.random(1000)); r = np.searchsorted(s, x); r[:5], r.sum()
