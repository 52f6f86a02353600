import numpy as np
a, b = 1, 2
a, b
a, b = b, a
a, b
a, *b = [1, 2, 3, 4]
a, b
*a, b = "hello"
a, b
a, *b, c = range(5)
a, b, c
first, *rest = [1]
first, rest
(x, y), z = (1, 2), 3
x, y, z
[p, q] = "pq"
p, q
a, b = np.array([5, 6])
a, b
r1, r2 = np.arange(6).reshape(2, 3)
r1
r2
h, w = np.zeros((3, 4)).shape
h * w
a = b = c = 7
a, b, c
[*range(3), 10]
(*"ab", *"cd")
{*range(3), *[2, 3]}
{**{"a": 1}, "b": 2, **{"a": 3}}
[*[], *()]
print(*[1, 2, 3])
print(*"abc", sep="-")
def f(a, b, c=0, **kw):
    return a, b, c, kw
f(*[1, 2])
f(*(1,), *(2, 3))
f(1, **{"b": 2, "c": 3})
f(**{"a": 1, "b": 2}, z=9)
f(*[1, 2], **{"c": 3, "d": 4})
np.zeros((*[2, 3],)).shape
np.arange(6).reshape(*(2, 3))
max(*[3, 1, 2])
a, b = [1, 2, 3]
a, b, c = [1, 2]
a, *b, c = [1]
*a, = [1, 2]
a
f(**{1: 2})
f(1, 2, **{"c": 5}, c=6)
s = slice(1, 5, 2)
s
s.start, s.stop, s.step
list(range(10))[s]
np.arange(10)[s]
"abcdefgh"[s]
slice(3)
slice(None, None, -1)
np.arange(5)[slice(None, None, -1)]
slice(1, 10, 3).indices(5)
slice(-3, None).indices(10)
t = (1, 2, 3, 4, 5)
t[::2], t[-2:], t[:-2]
idx = (slice(0, 2), 1)
np.arange(9).reshape(3, 3)[idx]
np.s_[1:3]
np.s_[::2, 1]
np.index_exp[2:4]
slice(1, 2) == slice(1, 2)
type(s).__name__
(n := 10)
n
values = [1, 5, 12, 7]
[y for v in values if (y := v * 2) > 10]
y
if (m := max(values)) > 10:
    print("max is", m)
data = np.array([3, 8, 1])
(total := data.sum()), total * 2
def walrus_inside():
    if (k := 3) > 2:
        return k * 2
walrus_inside()
x = (y := 5) + 1
x, y
[a, b] = [b, a] = [1, 2]
a, b
for i, (j, *k) in enumerate([(1, 2, 3), (4,)]):
    print(i, j, k)
head, *_ = "xyz"
head
_, second, *_ = [10, 20, 30, 40]
second
a, (b, *c) = 1, [2, 3, 4]
a, b, c
nums = [1, 2, 3]
nums[0], nums[2] = nums[2], nums[0]
nums
arr = np.arange(4)
arr[0], arr[1] = arr[1], arr[0]
arr
d = dict(zip("abc", range(3)))
k1, k2, k3 = d
k1, k2, k3
(k, v), = {"only": 1}.items()
k, v
