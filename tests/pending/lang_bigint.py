import numpy as np
import math
2 ** 100
2 ** 64
2 ** 63 - 1
-(2 ** 63)
10 ** 30
10 ** 30 + 1
(2 ** 100) // 3
(2 ** 100) % 7
-(2 ** 100) // 7
-(2 ** 100) % 7
divmod(2 ** 100, 10 ** 9)
2 ** 100 * 2 ** 100
(2 ** 200) // (2 ** 100)
math.factorial(30)
math.factorial(50)
math.comb(100, 50)
math.perm(30, 10)
math.gcd(2 ** 80, 6 ** 40)
math.isqrt(10 ** 40)
abs(-(10 ** 25))
int("123456789012345678901234567890")
str(2 ** 90)
len(str(2 ** 1000))
hex(2 ** 70)
bin(2 ** 65)
oct(2 ** 64)
(2 ** 70).bit_length()
(10 ** 20).to_bytes(9, "big")
int.from_bytes(b"\xff" * 10, "big")
float(2 ** 100)
2 ** 100 / 3
2 ** 1024 / 1
float(2 ** 1024)
int(1e20)
int(1e30)
2 ** 100 == 2.0 ** 100
2 ** 100 > 1e30
2 ** 100 < 1e31
sum(range(10 ** 6))
sum([2 ** 64] * 3)
max(2 ** 70, 2 ** 69)
pow(3, 100)
pow(3, 100, 10 ** 9 + 7)
pow(2, -2)
-2 ** 64
(-2) ** 63
1 << 100
(1 << 100) >> 98
(2 ** 100) & (2 ** 99 + 1)
(2 ** 100) | 1
~(2 ** 70)
round(2 ** 70 / 3)
f"{2 ** 100:,}"
f"{2 ** 80:x}"
"%d" % 2 ** 70
"{:>40}".format(2 ** 100)
np.int64(2 ** 62)
np.int64(2 ** 63 - 1)
np.int64(2 ** 63)
np.int64(2 ** 70)
np.uint64(2 ** 64 - 1)
np.uint64(2 ** 64)
np.array([2 ** 62])
np.array([2 ** 63])
np.array([2 ** 64])
np.array([2 ** 70])
np.array(2 ** 100)
np.array([2 ** 100], dtype=object)
np.array([1, 2 ** 63])
np.arange(3) + 2 ** 63
np.arange(3) + 2 ** 62
np.int64(5) * 2 ** 70
np.float64(2 ** 100)
np.float64(2 ** 1024)
int(np.int64(2 ** 62)) * 4
int(np.uint64(2 ** 64 - 1)) + 1
math.factorial(20) == np.prod(np.arange(1, 21))
np.prod(np.arange(1, 26))
np.prod(np.arange(1, 26, dtype=float))
math.factorial(25)
math.log2(2 ** 100)
math.log10(10 ** 50)
math.sqrt(2 ** 100)
(2 ** 100).__class__.__name__
isinstance(2 ** 100, int)
hash(2 ** 10)
bool(2 ** 100)
-(2 ** 100)
abs(-(2 ** 100)) == 2 ** 100
10 ** 20 // 10 ** 19
7 // -2, 7 % -2, -7 // 2, -7 % 2
int("-0")
int("1_000_000")
0x_ff, 0o17, 0b1010, 1_000
