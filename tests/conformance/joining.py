import numpy as np
a = np.arange(6).reshape(2, 3)
b = np.arange(6, 12).reshape(2, 3)
# --- concatenate
np.concatenate([a, b])
np.concatenate((a, b), axis=1)
np.concatenate([a, b], axis=-1).shape
np.concatenate([a, b], axis=None)
np.concatenate([np.arange(2), np.arange(3.)])
np.concatenate([np.arange(2, dtype=np.uint8), np.arange(2, dtype=np.int8)]).dtype
np.concatenate([a, np.arange(3)])
np.concatenate([a, b], axis=2)
np.concatenate([a, np.ones((2, 2))], axis=0)
np.concatenate([])
np.concatenate([[1, 2], [3]])
np.shares_memory(np.concatenate([a]), a)
# --- stack, vstack, hstack
np.stack([a, b])
np.stack([a, b]).shape
np.stack([a, b], axis=1).shape
np.stack([a, b], axis=-1).shape
np.stack([np.arange(3), np.arange(3)], axis=1)
np.stack([a, np.arange(3)])
np.stack([a, b], axis=3)
np.vstack([a, b])
np.vstack([np.arange(3), np.arange(3)])
np.vstack([np.arange(3), a]).shape
np.hstack([a, b])
np.hstack([np.arange(3), np.arange(2)])
np.hstack([np.arange(3), a])
np.vstack([np.arange(3), np.arange(2)])
# --- split, array_split (views)
x = np.arange(10)
parts = np.split(x, 5)
parts
parts[0].base is x
np.shares_memory(parts[1], x)
np.split(x, [3, 7])
np.split(x, [3, 20])
np.split(x, 3)
np.array_split(x, 3)
np.array_split(x, 4)[3].base is x
np.array_split(np.arange(3), 5)
np.split(np.arange(12).reshape(3, 4), 2, axis=1)
np.split(np.arange(12).reshape(3, 4), [1], axis=0)[1].shape
len(np.split(x, 10))
# --- tile, repeat
np.tile(np.arange(3), 2)
np.tile(np.arange(3), (2, 2))
np.tile(a, (1, 2)).shape
np.tile(a, 0)
np.repeat(np.arange(3), 2)
np.repeat(a, 2)
np.repeat(a, 2, axis=0)
np.repeat(a, [1, 2, 0], axis=1)
np.repeat(a, [1, 2], axis=1)
np.repeat(np.arange(3), -1)
a.repeat(3, axis=1)
# --- sort, argsort (copies; methods sort in place)
s = np.array([3, 1, 2, 3, 0, -5])
np.sort(s)
s
np.argsort(np.array([3, 1, 2, 0, -5]))
np.argsort(s, kind='stable')
np.sort(np.array([[3, 1, 2], [9, 8, 7]]))
np.sort(np.array([[3, 1, 2], [0, 8, 7]]), axis=0)
np.sort(np.array([[3, 1, 2], [9, 8, 7]]), axis=None)
np.sort(np.array([2.0, np.nan, -np.inf, 1.0]))
np.argsort(np.array([2.0, np.nan, -np.inf, 1.0]))
np.sort(np.array([True, False, True]))
r = s.sort()
r is None
s
np.array([30, 10, 20]).argsort()
np.sort(s, axis=1)
np.sort(s)[::-1]
# --- unique
np.unique(np.array([3, 1, 3, 2, 1]))
np.unique(np.array([[1, 1], [2, 0]]))
np.unique(np.array([3, 1, 3, 2, 1]), return_counts=True)
np.unique(np.array([3, 1, 3, 2, 1]), return_index=True)
np.unique(np.array([3, 1, 3, 2, 1]), return_inverse=True)
np.unique(np.array([1.0, np.nan, np.nan, 0.5]))
np.unique(np.array([], dtype=np.uint8))
np.unique(np.array([True, False, True]))
