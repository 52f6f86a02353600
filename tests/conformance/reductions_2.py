import numpy as np
a = np.arange(24).reshape(2, 3, 4)
f = np.array([[1.5, -2.0, 0.25], [4.0, 0.5, -1.0]])
u8 = np.array([200, 100, 250], dtype=np.uint8)
b = np.array([[True, False, True], [False, False, True]])
# --- result dtypes
u8.sum()
u8.sum().dtype
np.array([1, 2], dtype=np.int8).sum().dtype
np.array([1, 2], dtype=np.int32).sum().dtype
np.array([True, True]).sum()
b.sum(axis=1)
np.array([1.5], dtype=np.float32).sum().dtype
np.array([1.5], dtype=np.float16).sum().dtype
u8.prod()
u8.prod().dtype
u8.min().dtype
u8.max()
u8.mean()
u8.mean().dtype
np.arange(4).mean()
np.array([1, 2], dtype=np.int8).mean().dtype
np.array([1, 2], dtype=np.float32).mean().dtype
np.array([1, 2], dtype=np.float16).mean()
np.arange(4).std().dtype
np.array([1j, 1]).std()
u8.cumsum().dtype
a.argmax().dtype
b.all().dtype
np.mean(np.array([1 + 1j, 3 - 1j]))
# --- dtype= and out=
u8.sum(dtype=np.uint8)
u8.sum(dtype=float)
np.sum(a, axis=0, dtype=np.int8).dtype
np.arange(5).mean(dtype=np.float32)
np.cumsum(u8, dtype=np.uint8)
out = np.zeros(4)
np.sum(a, axis=(0, 1), out=out)
out
np.sum(a, axis=0, out=np.zeros(4))
# --- pairwise summation: float sums agree bit for bit
np.sum(np.full(1000, 0.1))
np.sum(np.full(100000, 0.1))
np.arange(100000.).sum()
(np.arange(1, 10001) / 7).sum()
(np.arange(1, 10001) / 7).sum(axis=0)
(np.arange(1, 10001) / 7).reshape(100, 100).sum(axis=0)[:3]
(np.arange(1, 10001) / 7).reshape(100, 100).sum(axis=1)[:3]
(np.arange(1, 10001) / 7).reshape(100, 100).sum()
(np.arange(1, 10001) / 7)[::3].sum()
np.full(10000, 0.1, dtype=np.float32).sum()
np.full(100000, 0.1, dtype=np.float32).sum()
(np.arange(1, 10001) / 7).mean()
(np.arange(1, 10001) / 7).std()
(np.arange(1, 10001) / 7).var()
np.cumsum(np.full(10, 0.1))[-1]
np.prod(np.full(10, 1.1))
# --- NaN behaviour
np.sum(np.array([1.0, np.nan]))
np.max(np.array([1.0, np.nan, 3.0]))
np.min(np.array([np.nan, -np.inf]))
np.mean(np.array([np.inf, -np.inf]))
