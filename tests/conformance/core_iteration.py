import numpy as np
a = np.arange(6).reshape(2, 3)
list(np.ndindex(2, 2))
list(np.ndindex((1, 2)))
list(np.ndenumerate(np.array([[1, 2]])))
[x for x in np.nditer(a.T)]
[int(x) for x in np.nditer(a[:, ::-1])]
type([x for x in np.nditer(a)][0])
with np.nditer(a, op_flags=['readwrite']) as it:
    for x in it:
        x[...] = 2 * x
a
for x in np.nditer(a, order='F'):
    print(x, end=' ')
b = np.arange(3)
for x in np.nditer(b):
    x[...] = 1
for index, value in np.ndenumerate(np.eye(2)):
    print(index, value)
total = 0
for i, j in np.ndindex(3, 4):
    total += i * j
total
grid = np.zeros((3, 3), dtype=int)
for i in range(3):
    for j in range(3):
        grid[i, j] = i * 3 + j
grid
[row.tolist() for row in grid if row.sum() > 5]
squares = {n: n ** 2 for n in range(5)}
squares
def normalize(v):
    norm = np.linalg.norm(v)
    if norm == 0:
        return v
    return v / norm
normalize(np.array([3.0, 4.0]))
normalize(np.zeros(2))
results = []
for k in range(1, 4):
    results.append(np.ones(k) * k)
results
print(f"mean={np.mean([1, 2, 3])} shape={grid.shape}")
print(f"{grid.dtype!r} {grid.sum()!s}")
