import numpy as np
x = 5
if x > 3:
    print("big")
if x < 3:
    print("small")
else:
    print("not small")
if x == 1:
    print("one")
elif x == 5:
    print("five")
elif x == 5:
    print("never")
else:
    print("other")
if x: print("truthy one-liner")
if not []:
    print("empty list is falsy")
if 0 or "" or None or 0.0:
    print("never")
else:
    print("all falsy")
if np.int64(0):
    print("never")
else:
    print("numpy zero is falsy")
if np.array([3]):
    print("one-element array is truthy")
a = np.arange(4)
if a.sum() > 5 and a.max() == 3:
    print("sum and max")
if a:
    print("never")
if np.array([]):
    print("never")
y = 10 if x > 3 else 20
y
def sign(v):
    if v > 0:
        return 1
    elif v < 0:
        return -1
    else:
        return 0
[sign(v) for v in (-3, 0, 7)]
if x > 0:
    if x > 4:
        print("nested: > 4")
    else:
        print("nested: <= 4")
if x > 0:
    pass
else:
    pass
if True:
    pass
    print("after pass")
n = 0
while n < 3:
    print(n)
    n += 1
n
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
    print("even", n)
while False:
    print("never")
else:
    print("while else runs when the condition is false")
n = 0
while n < 5:
    n += 1
    if n == 3:
        break
else:
    print("not printed: break skipped else")
n
n = 0
while n < 2:
    n += 1
else:
    print("else after normal end, n =", n)
total = 0
i = 0
while True:
    i += 1
    if i > 100:
        break
    total += i
total
v = np.array([1.0, 2.0, 4.0])
while v.max() < 50:
    v = v * 3
v
k = 3
while k:
    k -= 1
    print("k is", k)
count = 0
while count < 3: count += 1
count
if x > 3 and (y := x * 2) > 8:
    print("walrus in if:", y)
i = 0
while (i := i + 1) < 4:
    print("walrus in while", i)
if 1 < x < 10:
    print("chained comparison")
if x in [1, 2, 5]:
    print("membership")
if x is not None:
    print("is not None")
if a.shape == (4,):
    print("shape tuple compares")
if (a > 2).any():
    print("some above 2")
if (a >= 0).all():
    print("all non-negative")
while a.size:
    a = a[1:]
    print(a)
