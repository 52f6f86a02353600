import numpy as np
[x * 2 for x in range(5)]
[x for x in range(10) if x % 3 == 0]
[x * y for x in range(3) for y in range(3)]
[(x, y) for x in range(3) for y in range(x)]
[[i * j for j in range(3)] for i in range(3)]
[x if x > 2 else -x for x in range(5)]
[x for x in range(20) if x % 2 if x % 3]
[c.upper() for c in "abc"]
[v * 2 for v in np.arange(4)]
[row.sum() for row in np.arange(6).reshape(2, 3)]
[np.zeros(i) for i in range(3)]
[np.full(2, i) for i in range(3)]
np.array([[i + j for j in range(3)] for i in range(2)])
{x % 3 for x in range(10)}
{x * x for x in [-2, -1, 0, 1, 2]}
{k: v for k, v in [("a", 1), ("b", 2)]}
{i: i ** 2 for i in range(5)}
{i: [j for j in range(i)] for i in range(4)}
{v: k for k, v in {"x": 1, "y": 2}.items()}
sum(x * x for x in range(10))
max(len(w) for w in ["a", "abc", "ab"])
any(x > 3 for x in [1, 2, 5])
all(x > 0 for x in [1, 2, -5])
list(x + 1 for x in range(3))
tuple(i for i in "xyz")
g = (x * 10 for x in range(3))
next(g)
next(g)
list(g)
list(g)
type(g).__name__
[x for x in []]
[(i, c) for i, c in enumerate("ab")]
[a + b for a, b in zip([1, 2], [10, 20])]
[k for k in {"p": 1, "q": 2}]
x = "outer"
[x for x in range(2)]
x
[y for y in range(3)]
y
matrix = [[1, 2, 3], [4, 5, 6]]
[[row[i] for row in matrix] for i in range(3)]
[v for row in matrix for v in row]
[n for n in range(2, 30) if all(n % d for d in range(2, n))]
np.array([x ** 2 for x in range(5)])
np.array([[x, x ** 2] for x in range(3)])
[float(v) for v in np.linspace(0, 1, 3)]
[int(v) for v in np.array([1.7, 2.2])]
[a.shape for a in (np.zeros(2), np.zeros((2, 3)))]
{a.dtype.name for a in [np.zeros(1), np.ones(1, int), np.zeros(2)]} == {"float64", "int64"}
{str(k): int(v) for k, v in zip("ab", np.array([7, 8]))}
[f(3) for f in (abs, str, float)]
[i for i in range(5)][::2]
sorted([x % 4 for x in range(8)], reverse=True)
[x for x in range(3) if x != 1 for _ in range(2)]
[(lambda v: v + 1)(x) for x in range(3)]
[[0] * 3 for _ in range(2)]
[undefined_name for _ in range(1)]
[1 / x for x in [1, 0]]
{[1]: 2 for _ in range(1)}
{x for x in [[1]]}
[x for x in 5]
squares = {n: n * n for n in range(1, 6) if n % 2}
squares
total = sum([i for i in range(101)])
total
[*range(3), *[x * 2 for x in range(2)]]
def evens(limit):
    return [n for n in range(limit) if n % 2 == 0]
evens(9)
def gen_sum(n):
    return sum(i for i in range(n))
gen_sum(5)
[s.strip() for s in " a , b ,c ".split(",")]
[w for w in "the quick brown fox".split() if len(w) > 3]
{len(w): w for w in ["aa", "b", "cc"]}
[np.sum(np.arange(k)) for k in range(4)]
[x for x in np.array([3, -1, 4, -1, 5]) if x > 0]
np.stack([np.arange(3) * k for k in range(3)])
np.concatenate([np.full(k, k) for k in range(1, 4)])
