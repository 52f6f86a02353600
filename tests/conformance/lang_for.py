import numpy as np
for i in range(3):
    print(i)
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for name in ["a", "b", "c"]:
    print(name.upper())
for ch in "hey":
    print(ch)
for v in np.arange(3):
    print(v, type(v))
for row in np.arange(6).reshape(2, 3):
    print(row)
for row in np.arange(6).reshape(2, 3):
    row
for i in range(3):
    i * 10
for x in np.array([0.5, 1.5]):
    x
d = {"one": 1, "two": 2, "three": 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f"{k} -> {v}")
for v in d.values():
    print(v)
for i, ch in enumerate("abc"):
    print(i, ch)
for i, ch in enumerate("abc", start=1):
    print(i, ch)
for a, b in zip([1, 2, 3], "xyz"):
    print(a, b)
for a, b in zip(range(5), [10, 20]):
    print(a + b)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a, b, c)
for i, (a, b) in enumerate(zip("ab", "cd")):
    print(i, a, b)
for first, *rest in [(1, 2, 3), (4, 5)]:
    print(first, rest)
for i in range(5):
    if i == 1:
        continue
    if i == 3:
        break
    print("loop", i)
for i in range(3):
    pass
else:
    print("for-else: no break, i =", i)
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
for i in []:
    print("never")
else:
    print("else of an empty loop")
for i in range(2):
    for j in range(3):
        if j == 2:
            break
        print(i, j)
    else:
        print("inner else never")
squares = []
for i in range(6):
    squares.append(i * i)
squares
total = 0
for x in np.linspace(0, 1, 5):
    total += x
total
a = np.zeros((3, 3), dtype=int)
for i in range(3):
    for j in range(3):
        a[i, j] = i * 3 + j
a
for i in range(3): print("one-liner", i)
for x in reversed([1, 2, 3]):
    print(x)
for x in sorted({3, 1, 2}):
    print(x)
for k in sorted(d, key=d.get):
    print(k)
for i in range(3):
    i = 100
i
for x in (1, 2.5, "s", None, True):
    print(type(x).__name__)
for row, col in np.argwhere(np.eye(2) == 1):
    print(row, col)
for idx in np.ndindex(2, 2):
    print(idx)
for idx, val in np.ndenumerate(np.array([[1, 2], [3, 4]])):
    print(idx, val)
b = np.arange(4)
for i in range(len(b)):
    b[i] = b[i] ** 2
b
for x in b:
    x += 1
b
for i in range(3):
    for j in range(i):
        print(i, j, end="; ")
print()
for x in 5:
    pass
for a, b in [(1, 2, 3)]:
    pass
for a, b, c in [(1, 2)]:
    pass
for c in b"AB":
    print(c)
for x in range(2), range(3):
    print(x)
for x in map(str, [1, 2]):
    print(repr(x))
it = iter([1, 2, 3])
for x in it:
    print(x)
    break
list(it)
