import numpy as np
from collections import Counter, defaultdict, OrderedDict, deque
import collections
c = Counter("abracadabra"); c
c["a"], c["z"], "z" in c, len(c)
c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1)
sorted(c.elements()), c.total()
Counter(), Counter([1, 2, 2, 3, 3, 3]), Counter({"x": 2, "y": 5}), Counter(a=1, b=3)
Counter(np.array([1, 1, 2]).tolist()), Counter("mississippi").most_common(3)
Counter({"a": "x", "b": "y"}), Counter({"a": 1, "b": "y"})
words = "the cat and the hat and the bat".split()
counts = Counter(words); counts.most_common(1)[0]
counts["the"] += 1; counts["dog"] += 1; counts
c = Counter("hello"); c.update("world"); c
c.update({"l": 10}); c
c.subtract("lll"); c
c.subtract(l=100); c
c.update(None); c.update(z=2); c
del c["z"]; c
list(Counter(a=2, b=0, c=-1, d=1).elements())
Counter(a=3) + Counter(a=-5, b=2), Counter(a=3) - Counter(a=1, b=2)
Counter(a=3, c=1) | Counter(a=1, b=2), Counter(a=3, c=1) & Counter(a=1, b=2)
+Counter(a=3, b=-1, c=0), -Counter(a=3, b=-1, c=0)
x = Counter(a=1); y = x; x += Counter(a=1, b=1); x, y, x is y
x -= Counter(b=5, q=1); x
Counter(a=1) == {"a": 1}, Counter(a=1, b=0) == Counter(a=1), Counter(a=1) == Counter(a=2)
type(Counter()), isinstance(Counter(), dict), isinstance(Counter(), Counter), type(Counter()) is Counter
Counter("abc").copy(), dict(Counter("aab")), list(Counter("bca")), sorted(Counter("bca").items())
Counter(1)
Counter(1, 2)
Counter("abc").most_common(1.5)
Counter(a=1) + {"a": 1}
Counter(a=1) - 1
c.update(1)
c.update("a", "b")
d = defaultdict(int)
for w in words:
    d[w] += 1
d
d["none"], d
d.default_factory, d.get("missing"), "missing" in d
g = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    g[k].append(v)
g, dict(g), g["a"]
s = defaultdict(set); s["x"].add(1); s["x"].add(1); s
defaultdict(None), defaultdict(), defaultdict(int, {"a": 1}, b=2), defaultdict(list, [("a", [1])])
z = defaultdict(lambda: "?"); z["k"], z
defaultdict(int, a=1).copy(), type(defaultdict(int)), isinstance(defaultdict(int), dict)
defaultdict(int) == {}, defaultdict(int, a=1) | {"b": 2}
defaultdict(5)
defaultdict(int, 5)
defaultdict(None)["x"]
o = OrderedDict(a=1, b=2, c=3); o
OrderedDict(), OrderedDict([("b", 1), ("a", 2)]), type(o)
o.move_to_end("a"); o
o.move_to_end("c", last=False); o
o.popitem(), o.popitem(last=False), o
OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1)
OrderedDict(a=1) | {"b": 2}, OrderedDict(a=1).copy(), list(OrderedDict(x=1, y=2).items())
o.move_to_end("z")
OrderedDict().popitem()
OrderedDict(1)
q = deque([1, 2, 3]); q
q.append(4); q.appendleft(0); q
q.pop(), q.popleft(), q
q.extend([7, 8]); q.extendleft([-1, -2]); q
q.rotate(2); q
q.rotate(-3); q
q[0], q[-1], len(q), 7 in q, list(q), bool(q), bool(deque())
q[0] = 100; del q[1]; q
q.count(100), q.index(8), q.reverse(), q
q.remove(8); q.insert(1, "x"); q
q.copy(), q.clear(), q
w = deque(maxlen=3)
for i in range(6):
    w.append(i)
w, w.maxlen, deque([1, 2]).maxlen
w.appendleft(-1); w
deque([1, 2, 3], 2), deque("abc"), deque(range(3), maxlen=0), deque()
deque([1, 2]) == deque([1, 2], 5), deque([1, 2]) == [1, 2], type(deque())
queue = deque([(0, 0)]); seen = []
while queue:
    node = queue.popleft()
    seen.append(node)
    if node[0] < 2:
        queue.append((node[0] + 1, node[1]))
seen
sum(deque([1, 2, 3])), sorted(deque([3, 1, 2])), max(deque([3, 1, 2]))
deque().pop()
deque().popleft()
deque([1])[5]
deque([1])["a"]
deque([1]).index(5)
deque([1]).remove(5)
deque([1]).append()
deque([1], -1)
deque(5)
deque([1], 2, 3)
deque(x=1)
d2 = deque([1, 2, 3], 3); d2.insert(1, 9)
deque([1]).pop(0)
sorted(n for n in dir(collections) if n in ("Counter", "OrderedDict", "defaultdict", "deque"))
collections.Counter is Counter
c = Counter("aab"); q = deque([1, 2])
[[n for n in dir(x) if not n.startswith("_")] for x in (Counter(), defaultdict(int), deque(), OrderedDict())]
list(reversed(q)), [x * 2 for x in q], tuple(q), q == deque([1, 2]), q != deque([1])
Counter(np.array([1, 1, 2]))
deque(np.arange(3))
c.foo
q.foo
hash(deque())
d = defaultdict(int); d[np.int64(1)] += 2; d
str(c), str(q), f"{q}", repr(defaultdict(list))
c.keys(), c.values(), c.items()
c.pop("a"), c
c.setdefault("q", 5), c
c.get("zz"), c.get("zz", 1)
Counter("aab") == Counter("aba"), len(Counter("abc")), bool(Counter())
x = deque([1]); x.extend(x); x
{**Counter("ab")}, dict(Counter(a=1)) == Counter(a=1)
isinstance(deque(), list), isinstance(OrderedDict(), dict), isinstance(defaultdict(int), defaultdict)
defaultdict(list).default_factory
collections.nosuch
