import numpy as np
s = {3, 1, 2}
s
{1, 1, 2, 2}
set()
type({})
type(set())
set([4, 4, 5])
set(range(5))
set("aaa")
a = {1, 2, 3, 4}
b = {3, 4, 5}
a | b
a & b
a - b
b - a
a ^ b
a <= b
{3, 4} <= a
{3, 4} < a
a >= {1}
a == {4, 3, 2, 1}
a.union(b)
a.intersection(b, {4})
a.difference(b)
a.symmetric_difference(b)
a.issubset(range(10))
a.issuperset([1, 2])
a.isdisjoint({9})
3 in a
9 not in a
len(a)
c = set()
c.add(5)
c.add(5)
c.add(1)
c
c.update([7, 8], (9,))
c
c.discard(100)
c.discard(5)
c
c.remove(1)
c
c.remove(1)
sorted(c)
c.clear()
c
c |= {1, 2}
c &= {2, 3}
c
c -= {2}
c
frozenset([1, 2])
frozenset([1]) | {2}
{frozenset([1])}
{[1, 2]}
{1, 2} + {3}
{1, 2}[0]
{2 ** 70, 1}
sorted({-5, 10, 0, 3})
min({4, 2, 8}), max({4, 2, 8}), sum({4, 2, 8})
set(np.array([1, 2, 2, 3]).tolist())
{int(v) for v in np.unique(np.array([5, 1, 5]))}
b1 = b"hello"
b1
type(b1)
len(b1)
b1[0]
b1[1:3]
b1[-1]
list(b1)
b1 + b" world"
b1 * 2
b"\x00\x01\xff"
b"\n\t\\"
b"quote'inside"
b'double"inside'
b"l" in b1
b1.upper()
b1.decode()
"héllo".encode()
"héllo".encode("utf-8")
bytes(3)
bytes([65, 66, 67])
bytes(range(5))
bytes("abc", "ascii")
bytes([256])
b1.hex()
bytes.fromhex("41 42")
b"a,b,c".split(b",")
b"-".join([b"x", b"y"])
b1.startswith(b"he")
b1.find(b"l")
b1.count(b"l")
b1.replace(b"l", b"L")
b1 == b"hello"
b1 == "hello"
b1 < b"help"
rb"\n raw"
np.frombuffer(b"\x01\x02\x03\x04", dtype=np.uint8)
np.frombuffer(b"\x01\x00\x02\x00", dtype=np.uint16)
np.array([1, 2], dtype=np.int16).tobytes()
np.array([1.0]).tobytes()
b1[0] = 1
b"a" + "b"
bytearray(b"ab")
