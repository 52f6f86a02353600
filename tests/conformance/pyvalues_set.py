import numpy as np
s = set([3, 1, 2]); s
set(); set("abc"); set(range(10, 0, -1)); set([5, 3, 100, 1]); set([1, 1.0, True])
set([-1, -2, 8, 16, 1000000]); set([(1, 2), (3, 4)]); set(["apple", "banana", "cherry"])
s.add(10); s.add(2); s
s.discard(10); s.discard(42); s
s.remove(3); s
s.remove(42)
s.pop(); s
set().pop()
s = set(range(5)); t = set(range(3, 8))
s | t; s & t; s - t; t - s; s ^ t
s.union(t, [20]); s.intersection(t); s.intersection([1, 3, 5]); s.difference(t); s.difference([0], [1]); s.symmetric_difference(t)
s <= t; set([3]) <= s; set([3]) < s; s < s; s >= set([1]); s > s; s == set(range(5)); s != t
s.issubset(range(10)); s.issuperset([1, 2]); s.isdisjoint([9]); s.isdisjoint(t)
u = s.copy(); u.update([9, 8], (7,)); u; s
u.intersection_update(t); u
u.difference_update([7]); u
u.symmetric_difference_update([1, 5]); u
u.clear(); u; len(u)
3 in s; 42 in s; len(s); bool(set()); bool(s)
[1] in s
set([[1]])
s.add([1])
s & [1]
s < [1]
sorted(set([3, 1, 2])); list(set("hello")); min(s); max(s); sum(s)
set({"a": 1, "b": 2}); set(s)
a = set(range(20)); a.discard(3); a.discard(7); a.add(100); a.add(3); a
b = set(range(8)); b.pop(); b.pop(); b.pop(); b
c = set([8, 16, 24, 0]); c.add(32); c
set(range(100)) - set(range(2, 100)); set(range(50)) & set(range(45, 60))
hash(1); hash(-1); hash(2**61); hash(1.5); hash(-0.0); hash(True); hash("abc"); hash(()); hash((1, "a")); hash(np.int64(7)); hash(np.float64(2.5))
hash([])
hash(np.arange(3))
hash({})
hash(set())
