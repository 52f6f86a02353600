import numpy as np
bytearray()
bytearray(5)
bytearray(b"ab")
bytearray([1, 2])
bytearray("é", "utf-8")
bytearray(range(3))
bytearray(x for x in [1, 2])
bytearray(bytearray(b"ab"))
bytearray({1: 2})
bytearray([True])
bytearray(True)
bytearray(source="a", encoding="utf-8")
bytearray(-1)
bytearray("ab")
bytearray(1.5)
bytearray([256])
bytearray([-1])
bytearray(["a"])
bytearray([1.0])
bytearray(None)
bytearray(b"a", "utf-8")
bytearray("a", 1)
bytearray("a", "utf-8", 1)
bytearray("a", "utf-8", "strict", 1)
bytearray(x=1)
bytearray("a", errors="strict")
bytearray(b"a", errors="strict")
bytearray(encoding="utf-8")
bytearray(10**20)
bytearray(10**12)
bytearray("é", "ascii")
bytearray("é", "bogus")
bytes(bytearray(b"ab"))
bytes([256])
bytes(1.5)
bytes(b"a", "utf-8")
bytes(b"a", errors="strict")
bytes(x=1)
b = bytearray(b"abcdef")
b
repr(b)
str(b)
print(b)
len(b)
b[0]
b[-1]
b[1:3]
b[::-1]
b[::2]
b[5:]
b[10]
b[1.0]
b["x"]
type(b)
type(b[1:3])
isinstance(b, bytearray)
isinstance(b, bytes)
isinstance(b"", bytearray)
bytearray
bytearray.__name__
hash(b)
{b}
{b: 1}
bool(bytearray())
bool(b)
b[0] = 65
b
b[0] = 256
b[0] = "a"
b[0] = b"a"
b[10] = 1
b["x"] = 1
b[-1] = 70
b
b[::2] = b"xy"
b[::2] = b"xyz"
b
b[1:3] = [1, 2, 3]
b
b[1:2] = 5
b[1:2] = "ab"
b[::2] = 5
b[1:2] = [300]
b[1:4] = bytearray(b"QQ")
b
b[1:1] = b
b
del b[0]
b
del b[10]
del b[::2]
b
del b[1:3]
b
b = bytearray(b"hello")
c = b
b += b" world"
b is c
c
b += "a"
b += 1
b *= 2
b is c
c
b = bytearray(b"ab")
b + b"c"
b"c" + b
b + bytearray(b"c")
b + "a"
b + 1
"a" + b
[1] + b
b * 3
3 * b
b * -1
b * "a"
b * 2.0
b * 10**12
b * 2**62
b * 2**64
b"ab" * 2**62
b == b"ab"
b"ab" == b
b == bytearray(b"ab")
b == "ab"
b != b"ab"
b < b"zz"
b < bytearray(b"c")
b >= b"ab"
b < "a"
b"a" in b
bytearray(b"b") in b
b"ab" in bytearray(b"xab")
bytearray(b"ab") in b"xab"
97 in b
300 in b
"a" in b
b"ab" in [bytearray(b"ab")]
list(b)
[x for x in bytearray(b"xyz")]
list(reversed(bytearray(b"xy")))
sorted(bytearray(b"cab"))
sum(bytearray(b"ab"))
max(bytearray(b"abz"))
type(iter(b)).__name__
b = bytearray(b"ab")
b.append(99)
b
b.append(256)
b.append("a")
b.append(1.0)
b.append()
b.extend(b"de")
b
b.extend([102, 103])
b
b.extend(range(104, 106))
b
b.extend(b)
b
b.extend(5)
b.extend("ab")
b.extend([1, "a"])
b.extend([1, 300])
b.extend()
b = bytearray(b"abc")
b.insert(0, 122)
b
b.insert(-1, 121)
b
b.insert(100, 120)
b
b.insert(0, 300)
b.insert(1.0, 1)
b.insert(0)
b.pop()
b.pop(0)
b
b.pop(100)
b.pop(1, 2)
bytearray().pop()
b.remove(98)
b
b.remove(200)
b.remove(300)
bytearray(b"aa").remove()
c = b.copy()
c
c is b
b.copy(1)
b.reverse()
b
b.clear()
b
b.clear(1)
b = bytearray(b"Hello World")
b.upper()
b.lower()
b.title()
b.capitalize()
b.swapcase()
b.istitle()
bytearray(b"hello").istitle()
b.isalpha()
b.isupper()
b.lower(1)
b.split()
b.split(b"o")
b.rsplit(b"o", 1)
b.partition(b" ")
b.partition(b"q")
b.rpartition(b"q")
b.replace(b"l", b"L")
b.replace(bytearray(b"o"), b"0")
b.replace("a", "b")
b.find(b"o")
b.find(111)
b.find()
b.count(b"l")
b.count(bytearray(b"l"))
b.count()
b.index(b"W")
b.index(b"z")
b.rindex(b"z")
b.startswith(b"He")
b.startswith(bytearray(b"He"))
b.endswith((b"x", b"ld"))
b.center(15)
b.center(15, b"*")
b.center(15, bytearray(b"*"))
b.center(15, "*")
b.ljust(13, b"-")
b.rjust(13)
b.zfill(14)
b.strip(b"Hd")
bytearray(b"  x  ").strip()
b.lstrip(b"H")
b.rstrip(b"d")
b.strip(1)
b.split(1)
b.removeprefix(b"Hello ")
b.removesuffix(b"q")
bytearray(b"x\ty").expandtabs()
bytearray(b"a\nb").splitlines()
bytearray(b"-").join([b"a", bytearray(b"b")])
b"-".join([bytearray(b"a"), b"b"])
bytearray(b"-").join([1])
b.decode()
b.decode("ascii")
bytearray(b"\xff").decode()
b.hex()
b.hex(":")
bytearray(b"\x01\x02\x03").hex("-", 2)
bytearray.fromhex("ab cd")
bytearray.fromhex("zz")
bytearray.fromhex()
b.fromhex("00ff")
b.fromhex(1)
b.bogus
bytearray(b"\x00\xff'\"")
bytearray(b"'")
bytes.fromhex("ab")
bytes.fromhex()
b"abc".find(bytearray(b"c"))
b"abc".replace(bytearray(b"c"), bytearray(b"d"))
b"abc".split(bytearray(b"b"))
b"a".center(5, bytearray(b"x"))
b"hello world".title()
b"hELLO wORLD".swapcase()
b"hELLO wORLD".capitalize()
b"Hello World".istitle()
b"Hello world".istitle()
b"HELLO".istitle()
b"".istitle()
b"a1b c2D".title()
b"123".capitalize()
b"\xe9a".title()
b"a".title(1)
b"a".istitle(1)
"{a}".format_map({"a": 1})
"{a}-{b}".format_map({"a": 1, "b": "x"})
"{a}".format_map({})
"{0}".format_map({})
"{}".format_map({"a": 1})
"{a}".format_map(1)
"{a}".format_map()
"{a}".format_map({}, {})
"{a}".format_map(a=1)
"{a[0]}{b.real}".format_map({"a": [5], "b": 2})
"{a!r:>5}".format_map({"a": "x"})
"x".format_map({"a": 1})
"{a}".format_map([1])
str.format_map("{a}", {"a": 2})
