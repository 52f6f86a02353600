# np.median and np.quantile by plain selection: every dtype, odd and even slices, every axis form, nans,
# infinities and signed zeros (where which zero lands in the middle shows in the sign).
import numpy as np
rng = np.random.default_rng(7)
for dt in ['i1', 'u1', 'i2', 'u2', 'i4', 'u4', 'i8', 'u8', 'f2', 'f4', 'f8', 'c8', 'c16', '?']:
    a = (rng.integers(-50, 50, size=(4, 5, 6)) / 3).astype(dt)
    print(dt, np.median(a), np.median(a, axis=0).tolist(), np.median(a, axis=-1).dtype)
    print(np.median(a, axis=(0, 2)), np.median(a, axis=1, keepdims=True).shape)
    print(np.median(a[:, :4, ::-2], axis=1), np.median(a.T, axis=(1, 2), keepdims=True).ravel())
np.median([1, 2, 3, 4])
np.median([4, 3, 2, 1, 0])
np.median(np.array([[10, 7, 4], [3, 2, 1]]), axis=0)
np.median([1.0, np.nan, 3.0])
np.median(np.array([[1.0, np.nan, 3.0], [4.0, 5.0, 6.0]]), axis=1)
np.median([-np.inf, np.inf])
np.median([np.inf, np.inf, 1.0, 2.0])
np.median([-0.0, 0.0])
np.median([0.0, -0.0])
np.median([-0.0, 0.0, -0.0, 0.0])
np.median([-0.0, 1.0, 0.0])
np.median([0.0, 1.0, -0.0])
np.median([-0.0, -1.0, 0.0, 2.0, -0.0])
np.median(np.array([-0.0, 3.0, 0.0, -2.0]).astype('f4'))
np.median(np.array([complex(0, -0.0), 1j, complex(-0.0, 0)]))
np.median(np.array([0.0, -0.0, 0.0, -0.0, 5.0, -5.0]).reshape(2, 3), axis=1)
np.median(np.array([1+2j, 1-2j, 0+0j, -1j]))
np.median(np.array([True, False, True]))
np.median(np.float32([1.5, 2.5, 3.5, 10.0]))
np.median(np.float16([1.5, 2.5, 3.5, 10.0]))
np.median(np.array([2**62, 2**62 + 2, 3], dtype=np.int64))
np.median(np.array([2**63, 2**64 - 1], dtype=np.uint64))
np.median(np.arange(10**5)[::-1])
x = rng.random(100001); np.median(x) == np.sort(x)[50000]
x = rng.random(100000); np.median(x) == (np.sort(x)[49999] + np.sort(x)[50000]) / 2
x = rng.normal(size=(301, 7)); np.median(x, axis=0).tolist() == [np.sort(c)[150] for c in x.T]
np.median(np.array([[np.nan, 1.0], [2.0, np.nan]]), axis=0)
np.median(np.array([np.nan, np.nan, 1.0, 2.0, 3.0]))
b = np.array([3.0, 1.0, 2.0]); np.median(b, overwrite_input=True); b
np.median(np.zeros((0, 3)), axis=1)
np.median(np.zeros((3, 1)), axis=1)
# np.quantile / np.percentile read the same selected positions.
x = rng.normal(size=(50, 9)); np.quantile(x, [0.1, 0.5, 0.93], axis=0).tolist() == np.quantile(np.sort(x, axis=0), [0.1, 0.5, 0.93], axis=0).tolist()
np.percentile(np.arange(24).reshape(4, 6), [10, 50, 90], axis=1)
np.quantile(np.array([3.0, np.nan, 1.0, 2.0]), 0.5)
np.quantile(np.array([-0.0, 0.0, 1.0, -1.0]), [0.25, 0.5, 0.75], method='lower')
np.percentile(np.float32([5, 1, 4, 2, 3]), 40, method='nearest')
np.quantile(np.array([[1, 9, 3], [7, 5, 2]], dtype=np.uint8), 0.5, axis=0, method='higher')
