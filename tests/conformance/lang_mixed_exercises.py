import numpy as np
Z = np.zeros((8, 8), dtype=int)
Z[1::2, ::2] = 1
Z[::2, 1::2] = 1
print(Z)
Z = np.zeros(10)
for i in range(10):
    Z[i] = i ** 2
Z
def generate():
    for x in range(10):
        yield x
np.fromiter(generate(), dtype=float, count=-1)
np.fromiter((x * x for x in range(5)), dtype=int)
Z = np.arange(11)
Z[(3 < Z) & (Z < 8)] *= -1
Z
print(sum(range(5), -1))
Z = np.random.default_rng(0).integers(0, 10, 10)
Z
for dtype in [np.int8, np.int32, np.int64]:
    print(np.iinfo(dtype).min)
    print(np.iinfo(dtype).max)
for dtype in [np.float32, np.float64]:
    print(np.finfo(dtype).eps)
Z = np.arange(100)
v = 37.3
index = (np.abs(Z - v)).argmin()
print(Z[index])
Z = np.ones(10)
I = np.random.default_rng(1).integers(0, len(Z), 20)
Z += np.bincount(I, minlength=len(Z))
print(Z)
def distance(P0, P1, p):
    T = P1 - P0
    L = (T ** 2).sum(axis=1)
    U = -((P0[:, 0] - p[..., 0]) * T[:, 0] + (P0[:, 1] - p[..., 1]) * T[:, 1]) / L
    U = U.reshape(len(U), 1)
    D = P0 + U * T - p
    return np.sqrt((D ** 2).sum(axis=1))
P0 = np.array([[0.0, 0.0], [1.0, 0.0]])
P1 = np.array([[1.0, 1.0], [1.0, 2.0]])
p = np.array([0.0, 1.0])
print(distance(P0, P1, p))
Z = np.arange(10)
for index, value in np.ndenumerate(Z[:3]):
    print(index, value)
for index in np.ndindex(Z[:2].shape):
    print(index, Z[index])
X, Y = np.meshgrid(np.linspace(-1, 1, 3), np.linspace(-1, 1, 3))
D = np.sqrt(X * X + Y * Y)
print(np.round(D, 3))
w, h = 4, 3
I = np.arange(w * h).reshape(h, w) % 3
print(len(np.unique(I)))
A = np.arange(9).reshape(3, 3)
print(f"sum of rows: {A.sum(axis=1)}")
print(f"trace: {np.trace(A)}, det: {np.linalg.det(A):.1f}")
rows = [np.arange(i, i + 3) for i in range(3)]
np.vstack(rows)
def moving_average(a, n=3):
    ret = np.cumsum(a, dtype=float)
    ret[n:] = ret[n:] - ret[:-n]
    return ret[n - 1:] / n
moving_average(np.arange(10))
Z = np.arange(10)
np.add.reduce(Z)
def cartesian(arrays):
    arrays = [np.asarray(a) for a in arrays]
    shape = (len(x) for x in arrays)
    ix = np.indices(shape, dtype=int)
    ix = ix.reshape(len(arrays), -1).T
    for n, arr in enumerate(arrays):
        ix[:, n] = arrays[n][ix[:, n]]
    return ix
print(cartesian(([1, 2, 3], [4, 5], [6, 7])))
Z = np.arange(20) % 7
counts = {}
for v in Z:
    counts[int(v)] = counts.get(int(v), 0) + 1
counts
results = []
for n in [2, 3, 4]:
    m = np.eye(n)
    results.append((n, int(m.sum())))
results
primes = [n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
np.array(primes)
grid = np.zeros((3, 4), dtype=int)
for (i, j), _ in np.ndenumerate(grid):
    grid[i, j] = 10 * i + j
grid
def describe(a):
    return f"shape={a.shape} dtype={a.dtype} min={a.min()} max={a.max()}"
for a in [np.arange(3), np.ones((2, 2)), np.linspace(0, 1, 4)]:
    print(describe(a))
table = {name: fn(np.arange(1, 5)) for name, fn in [("sum", np.sum), ("prod", np.prod), ("mean", np.mean)]}
table
n = 10
fib = np.zeros(n, dtype=int)
fib[1] = 1
for i in range(2, n):
    fib[i] = fib[i - 1] + fib[i - 2]
fib
Z = np.arange(9).reshape(3, 3)
for row in Z:
    print(" ".join(f"{v:2d}" for v in row))
M = np.array([[1, 2], [3, 4]])
while np.abs(M).max() < 1000:
    M = M @ M
M
try:
    np.linalg.inv(np.array([[1, 2], [2, 4]]))
except np.linalg.LinAlgError as err:
    print("singular:", err)
with np.errstate(divide="ignore", invalid="ignore"):
    ratio = np.arange(4) / np.array([0, 1, 0, 2])
ratio
[np.isnan(r) for r in ratio]
