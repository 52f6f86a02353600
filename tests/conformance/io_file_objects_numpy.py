import numpy as np
from io import StringIO, BytesIO
c = StringIO("0 1\n2 3")
np.loadtxt(c)
c.read()
np.loadtxt(StringIO("1,0,2\n3,0,4"), delimiter=",", usecols=(0, 2))
np.loadtxt(StringIO("# c\n1 2\n3 4\n"), dtype=int)
np.loadtxt(StringIO(""))
s = StringIO("1,1.3,abcde")
np.genfromtxt(s, delimiter=",")
np.genfromtxt(StringIO("1 2\n3 4\n5 6"), skip_header=1)
x = np.arange(6.0).reshape(2, 3)
out = StringIO()
np.savetxt(out, x)
print(out.getvalue())
out = StringIO()
np.savetxt(out, x, fmt="%d", delimiter=",", header="a,b,c")
out.getvalue()
out.seek(0)
np.loadtxt(out, delimiter=",")
bout = BytesIO()
np.savetxt(bout, [1.5, 2.5], fmt="%.2f")
bout.getvalue()
bout.seek(0)
np.loadtxt(bout)
with open("data.txt", "w") as f:
    np.savetxt(f, x, fmt="%.1f")
    f.write("# done\n")
open("data.txt").read()
with open("data.txt") as f:
    print(f.readline(), end="")
    print(np.loadtxt(f))
with open("data.txt", "rb") as f:
    print(np.loadtxt(f))
with open("data.txt") as f:
    print(np.genfromtxt(f))
b = BytesIO()
np.save(b, x)
np.save(b, np.array([1, 2], dtype=np.int8))
len(b.getvalue())
b.seek(0)
np.load(b)
np.load(b)
b.tell()
np.load(BytesIO(b.getvalue()[:40]))
with open("arr.npy", "wb") as f:
    np.save(f, x)
np.load("arr.npy")
with open("arr.npy", "rb") as f:
    print(np.load(f))
with open("two.npy", "wb") as f:
    np.save(f, np.arange(3))
    np.save(f, np.ones((2, 2), dtype=np.float32))
with open("two.npy", "rb") as f:
    a = np.load(f)
    bb = np.load(f)
a, bb
np.save(StringIO(), x)
