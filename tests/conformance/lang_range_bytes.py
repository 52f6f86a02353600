import numpy as np
r = range(10)
r[2:8:2]
r[::-1]
r[-3:]
r[5]
r[-1]
range(0, 20, 3)[1:5]
range(10**12)[10**11]
range(10**12)[::10**11]
r[10]
r["a"]
range(5) == range(0, 5)
range(0) == range(2, 2)
range(1, 10, 2) == range(1, 11, 2)
range(10).index(3)
range(10).count(3)
7 in range(0, 10, 2)
list(range(10)[7:2:-2])
b = b"hello"
b[1:3]
b[::-1]
b[0]
b + b" world"
b * 2
3 * b"ab"
b"l" in b
104 in b
b"xyz" in b
b.upper()
b.decode()
b.hex()
b.split(b"l")
b.find(b"l")
b.count(b"l")
b.replace(b"l", b"L")
b.startswith(b"he")
b.strip(b"ho")
b"-".join([b"x", b"y"])
b < b"help"
b"a" + "b"
bytes(3)
bytes([65, 66, 67])
bytes(range(5))
bytes("abc", "ascii")
bytes([256])
bytes.fromhex("41 42")
"héllo".encode()
"héllo".encode("ascii")
b"\xff".decode()
b"a,b".partition(b",")
b"  x ".strip()
b"abc".isalpha()
len(b"abc")
r2 = range(2, 20, 3)
r2.start, r2.stop, r2.step
r2.index(5), r2.count(6)
r2.index(6)
