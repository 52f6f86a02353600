import numpy as np
data = np.array([[1.5, 2.0, 3.25], [4.0, 5.5, 6.0]])
for i, row in enumerate(data):
    print(f"row {i}: mean={row.mean():.3f} max={row.max()}")
names = ["alpha", "beta", "gamma"]
for name, col in zip(names, data.T):
    print(f"{name:>6}: {col}")
def summarize(a, axis=None):
    """Return (mean, std) along axis."""
    return a.mean(axis=axis), a.std(axis=axis)
summarize(data)
m, s = summarize(data, axis=0)
m
s
def zscore(a):
    mu, sd = summarize(a, axis=0)
    return (a - mu) / sd
np.round(zscore(data), 3)
squares = np.array([n ** 2 for n in range(6)])
squares
evens = squares[squares % 2 == 0]
evens
powers = {p: 2 ** p for p in range(0, 11, 2)}
powers
np.array(list(powers.values()))
def normalize_rows(a):
    out = np.empty_like(a, dtype=float)
    for i in range(a.shape[0]):
        out[i] = a[i] / a[i].sum()
    return out
normalize_rows(np.array([[1, 3], [2, 2]]))
identity = np.eye(3)
for i in range(3):
    for j in range(3):
        if i != j:
            assert identity[i, j] == 0
print("identity checked")
shapes = [(2,), (2, 3), (2, 3, 4)]
for shape in shapes:
    a = np.zeros(shape)
    print(f"{str(shape):<10} ndim={a.ndim} size={a.size}")
mats = [np.full((2, 2), k) for k in range(1, 4)]
total = mats[0]
for mm in mats[1:]:
    total = total + mm
total
np.sum(mats, axis=0)
def pad_to(a, n, fill=0):
    if a.size >= n:
        return a[:n]
    return np.concatenate([a, np.full(n - a.size, fill)])
pad_to(np.arange(3), 5)
pad_to(np.arange(7), 5)
pad_to(np.arange(2), 4, fill=-1)
labels = np.array(["cat", "dog", "cat", "bird"])
unique, counts = np.unique(labels, return_counts=True)
for u, c in zip(unique, counts):
    print(u, c)
{str(u): int(c) for u, c in zip(unique, counts)}
temps = np.array([12.5, 18.25, 21.0, 9.75])
report = [f"{t:5.1f}C {'warm' if t > 15 else 'cold'}" for t in temps]
for line in report:
    print(line)
def safe_divide(a, b):
    try:
        with np.errstate(divide="raise", invalid="raise"):
            return a / b
    except FloatingPointError as e:
        return f"error: {e}"
safe_divide(np.array([1.0]), np.array([2.0]))
safe_divide(np.array([1.0]), np.array([0.0]))
safe_divide(np.array([0.0]), np.array([0.0]))
with np.printoptions(precision=2, suppress=True):
    print(np.array([1 / 3, 2e-8, 100 / 7]))
blocks = [np.arange(4).reshape(2, 2) * k for k in (1, 10)]
np.block([blocks])
checks = {"all positive": bool((temps > 0).all()), "any above 20": bool((temps > 20).any())}
checks
i = 0
x = 1.0
while x < 100:
    x *= 1.5
    i += 1
print(f"{i} steps to reach {x:.2f}")
acc = []
for v in np.linspace(0, 1, 5):
    if v == 0.5:
        continue
    acc.append(round(float(v), 2))
acc
def cumulative(seq):
    out, s = [], 0
    for v in seq:
        s += v
        out.append(s)
    return out
cumulative([1, 2, 3, 4])
np.cumsum([1, 2, 3, 4]).tolist() == cumulative([1, 2, 3, 4])
kinds = {a.dtype.kind for a in (np.zeros(1), np.zeros(1, int), np.zeros(1, bool))}
sorted(kinds)
transform = lambda a: (a - a.min()) / (a.max() - a.min())
transform(np.array([2.0, 4.0, 6.0]))
pipeline = [np.sort, np.cumsum, lambda a: a[::-1]]
v = np.array([3, 1, 2])
for step in pipeline:
    v = step(v)
    print(v)
print(*[f"{k}={v:.2f}" for k, v in {"a": 0.5, "b": 1 / 3}.items()], sep="; ")
