import numpy as np
d = {"a": 1, "b": 2}
d.keys(); d.values(); d.items()
list(d.keys()); list(d.values()); list(d.items())
len(d.keys()); "a" in d.keys(); 1 in d.values(); ("a", 1) in d.items()
k = d.keys(); d["c"] = 3; k
d.get("a"); d.get("x"); d.get("x", 0)
d.setdefault("a", 10); d.setdefault("z", 26); d
d.pop("z"); d.pop("z", None); d
d.pop("z")
d.popitem(); d
{}.popitem()
d.update({"b": 20, "e": 5}); d
d.update([("f", 6)], g=7); d
d.update(h=8); d
e = d.copy(); e["a"] = 100; d["a"]; e["a"]
e.clear(); e
dict(a=1, b=2); dict([("x", 1), ("y", 2)]); dict(zip("abc", range(3))); dict({"k": 1}, j=2); dict()
dict(5)
dict([1])
dict([(1, 2, 3)])
dict.fromkeys("ab"); dict.fromkeys([1, 2], 0)
{1: "a"} == {1: "a"}; {1: "a", 2: "b"} == {2: "b", 1: "a"}; {1: "a"} == {1: "b"}
d = {1: "one", 2: "two"}; d[1]; d[3] = "three"; d
d["x"]
d[[1]]
d[[1]] = 2
len(d); list(d); 2 in d; 5 in d; [1] in d
del d[1]; d
d.keys() == {2: 0, 3: 0}.keys()
sorted(d.items())
list(reversed(d)); list(reversed(d.values()))
for_key = max(d); for_key
d = {"b": 1, "a": 2}; min(d, key=d.get); max(d.items())
{[1]: 2}
{1: "a", 1.0: "b", True: "c"}; d = {1: "x"}; d[1.0] = "y"; d
{"a": 1, "b": 2, "a": 3}
d = {None: 1, ...: 2, int: 3, len: 4, np.float64: 5}; None in d; d[None]; ... in d; d[int]; d[len]; d[np.float64]; len(set([None, None, int, int, len, len])); d.pop(None); d
