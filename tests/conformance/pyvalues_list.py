import numpy as np
a = [3, 1, 2]
a.append(4); a
a.extend([5, 6]); a
a.extend(range(2)); a
a.insert(0, 9); a.insert(-1, 8); a.insert(100, 7); a
a.pop(); a.pop(0); a.pop(-2); a
a.remove(1); a
a.remove(42)
a.index(2); a.count(2); a.count(42)
a.index(42)
[1, 2, 3, 2].index(2, 2)
b = a.copy(); b.reverse(); b; a
b.clear(); b
a.sort(); a
a.sort(reverse=True); a
w = ["bb", "a", "ccc", "dd"]; w.sort(key=len); w
w.sort(key=len, reverse=True); w
[].pop()
[1].pop(5)
a.sort(1)
[1, "a"].sort()
x = [3.5, 1, True, -2.0]; x.sort(); x
t = [(2, "b"), (1, "z"), (2, "a")]; t.sort(); t
sorted([3, 1, 2]); sorted("bca"); sorted([3, 1, 2], reverse=True)
sorted([-3, 1, -2], key=abs); sorted(["b", "A", "C"], key=str.lower, reverse=True)
sorted(np.array([3, 1, 2]))
sorted([1], [2])
sorted()
a = [1, 2]; a += (3, 4); a
a * 2; [0] * 3
list.append(a, 5); a
(1, 2, 2, 3).count(2); (1, 2, 3).index(3); (1, 2, 3).index(1, 0, 2)
(1, 2).index(5)
