import numpy as np
d = {"a": 1, "b": 2}
d.keys()
d.values()
d.items()
list(d.keys())
d.get("a")
d.get("z")
d.get("z", 0)
d["c"] = 3
d
d.pop("a")
d
d.pop("zz", "default")
d.pop("zz")
d.update({"b": 20, "e": 5})
d
d.update(f=6)
d
d.update([("g", 7)])
d
d.setdefault("b", 100)
d.setdefault("new", [])
d["new"].append(1)
d
"b" in d, "a" in d
len(d)
del d["b"]
d
del d["nope"]
d["nope"]
dict(a=1, b=2)
dict([("x", 1), ("y", 2)])
dict(zip("ab", [1, 2]))
dict.fromkeys("ab", 0)
{1: "int", 1.0: "float", True: "bool"}
{(1, 2): "tuple key"}
{[1]: 2}
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
counts
sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
max(counts, key=counts.get)
d2 = d.copy()
d2["extra"] = 1
len(d), len(d2)
d.clear()
d
{"a": 1} == {"a": 1}
{"a": 1} | {"b": 2}
t = (1, 2, 2, 3)
t.count(2), t.index(3)
t + (4,)
t[1:]
(1,)
()
tuple([1, 2])
t[0] = 5
arrays = [np.arange(3), np.ones(2)]
arrays.append(np.zeros(1))
[a.size for a in arrays]
arrays.sort(key=lambda a: a.size)
[a.tolist() for a in arrays]
{"mean": np.arange(4).mean(), "max": np.arange(4).max()}
selfref = {}
selfref["me"] = selfref
selfref
