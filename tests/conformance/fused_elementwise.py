import numpy as np
# Statements that arrsh runs as one fused blocked pass (arrays of 20,000+ elements,
# trees of two or more elementwise operations); NumPy gives the values below.
x = np.linspace(-3, 3, 30001)
i = np.arange(-15000, 15001)
u = np.arange(30001, dtype=np.uint8)
h = np.linspace(-70000, 70000, 30001).astype(np.float16)
f = x.astype(np.float32)
c = x + 1j * x[::-1]
b = x > 0.5
y = 2*x**2 + 3*x + 1
y[::3750]
y.dtype, y.shape
r = np.sqrt(x**2 + x[::-1].copy()**2)
r[::5000]
k = i * 7 // 3 - i % 5
k[:6]
k.dtype
w = u * 3 + 200
w[250:260]
w.dtype
s = u + 1.5 * u
s[:4], s.dtype
q = h * h + h
q[::5000]
q.dtype
g = f * 2.5 + np.float32(1) / 3
g[:3], g.dtype
m = f * 2.5 + 1 / 3
m.dtype
z = c * c - 1j
z[::10000]
t = (x > 0) + (x < -1) * 2
t[::6000], t.dtype
n = -x ** 2 + np.abs(x) - np.exp(x) * np.sin(x)
n[::7500]
p = b * 1.5 + ~b
p[::10000]
e = np.maximum(x, 0) * np.minimum(i, 10) + np.add(u, 1)
e[::6000], e.dtype
v = i ** 2 + i
v[::7000]
big = i * 2**40 + 1
big[:3], big.dtype
o = (x - x) / (x - x) + 1
o[:3]
d = x ** 0.5 + x ** -1
d[::7500]
sq = u ** 2 + u
sq[:20:3], sq.dtype
cmp = (i * 3 == i + i + i) & (x <= x)
cmp.all(), cmp.dtype
