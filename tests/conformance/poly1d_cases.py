import numpy as np
# np.poly1d: NumPy's docstring examples of the class, its methods and the np.poly* functions, then hand-picked cases.
p = np.poly1d([1, 2, 3])
print(np.poly1d(p))
p(0.5)
p.r
p(p.r)
p.c
p.order
p[1]
p * p
(p**3 + 4) / p
p**2 # square of polynomial
np.square(p) # square of individual coefficients
p = np.poly1d([1,2,3], variable='z')
print(p)
np.poly1d([1, 2], True)
np.poly1d([1, -1]) * np.poly1d([1, -2])
np.polyval([3,0,1], 5)  # 3 * 5**2 + 0 * 5**1 + 1
np.polyval([3,0,1], np.poly1d(5))
np.polyval(np.poly1d([3,0,1]), 5)
np.polyval(np.poly1d([3,0,1]), np.poly1d(5))
np.polyadd([1, 2], [9, 5, 4])
p1 = np.poly1d([1, 2])
p2 = np.poly1d([9, 5, 4])
print(p1)
print(p2)
print(np.polyadd(p1, p2))
np.polysub([2, 10, -2], [3, 10, -4])
np.polymul([1, 2, 3], [9, 5, 1])
p1 = np.poly1d([1, 2, 3])
p2 = np.poly1d([9, 5, 1])
print(p1)
print(p2)
print(np.polymul(p1, p2))
x = np.array([3.0, 5.0, 2.0])
y = np.array([2.0, 1.0])
np.polydiv(x, y)
p = np.poly1d([1,1,1,1])
p2 = np.polyder(p)
p2
p2(2.)
(p(2. + 0.001) - p(2.)) / 0.001
np.polyder(p, 2)
np.polyder(p, 3)
np.polyder(p, 4)
p = np.poly1d([1,1,1])
P = np.polyint(p)
P
np.polyder(P) == p
P = np.polyint(p, 3)
P(0)
np.polyder(P)(0)
np.polyder(P, 2)(0)
P = np.polyint(p, 3, k=[6,5,3])
P
np.polyder(P, 2)(0)
np.polyder(P, 1)(0)
P(0)
p = np.poly1d([1, 2, 3])
p
print(p)
str(p)
p(0.5)
p([1, 2])
p(np.array([[1, 2]]))
p.r
p.roots
p.c, p.coef, p.coefficients, p.coeffs
p.order, p.o, len(p), p.variable
p[0], p[1], p[2], p[3], p[-1]
list(p)
p * p
p + [1]
[1] + p
2 * p
p * 2
p * 2.5
p / 2
p - 1
1 - p
-p
+p
p ** 2
p ** 0
p ** -1
p ** 1.5
p / np.poly1d([1, 1])
p == np.poly1d([1, 2, 3])
p != np.poly1d([1, 2, 3])
p == [1, 2, 3]
p.deriv()
p.deriv(2)
p.integ()
p.integ(2, k=[1, 2])
p.integ(k=3)
print(np.poly1d([1, -2, 0, 4.5]))
print(np.poly1d([1.5j, 2+1j, 0]))
print(np.poly1d([0, 0]))
print(np.poly1d([3], variable='z'))
print(np.poly1d([1, 2], variable='z'))
np.poly1d([1, 2], r=True)
print(np.poly1d([1, 2, 3], r=True))
np.poly1d([[1, 2]])
np.poly1d(p)
np.poly1d(p, variable='t')
np.polyval(p, 2)
np.polyval([1, 2], p)
np.polyadd(p, [1, 1])
np.polysub([1], p)
np.polymul(p, p)
np.polydiv(p, [1, 1])
np.polyder(p)
np.polyint(p)
np.roots(p)
np.asarray(p)
np.array(p, dtype=float)
print(np.poly1d(np.arange(1, 30)))
print(np.poly1d([1e-5, 12345.678, -0.5]))
np.poly1d([1e-5, 12345.678, -0.5])
np.poly1d([1, 2, 3]) * np.array([1, 1])
np.array([1, 1]) * np.poly1d([1, 2, 3])
np.float64(2) * np.poly1d([1, 2, 3])
np.poly1d([1, 2, 3]) + np.float64(2)
np.poly1d([]) 
np.poly1d(5)
type(p)
p.coeffs = [1]
p.roots = 1
