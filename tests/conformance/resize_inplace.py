import numpy as np
a = np.arange(6)
a.resize((2, 3))
a
a.resize(8)
a
a.resize(2, 2)
a
b = np.arange(1.0, 7.0).reshape(2, 3)
b.resize((4, 2))
b
f = np.asfortranarray(np.arange(6).reshape(2, 3))
f.resize((2, 2))
f
f.flags.f_contiguous
g = np.asfortranarray(np.arange(6).reshape(2, 3))
g.resize((3, 3))
g
c = np.arange(4)
d = c
c.resize(6)
c.resize(6, refcheck=False)
c
d
e = np.arange(5)
v = e[1:]
e.resize(7)
v.resize(2)
v.resize((2, 2))
h = np.arange(6).reshape(2, 3)[:, ::2]
h.resize((1, 4))
k = np.arange(3)
k.resize(-1)
k.resize((3,), order="C")
k.resize(())
k
m = np.array([1, 2], dtype=">i4")
m.resize(4)
m
n = np.zeros((2, 2), dtype=bool)
n.resize(5)
n
p = np.arange(3)
lst = [p]
p.resize(4)
p.resize(3)
p
np.arange(4).resize(8)
