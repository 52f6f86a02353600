import numpy as np
p = np.poly1d([0, 0, True, True, False, False])
p.integ(3, k=[1])
p = np.poly1d([])
p + np.poly1d([])
p = np.poly1d([-5, 1, -3, 3, 6, -7, -6, 0, 7, -7, -6, -4, -9, -9, -7, 5, 5, -4, 1, -6, 5, 5, -6, 3, 0])
q = np.poly1d([1.5e10, -0.0, -0.0, 0.1, 1.5e10, 3.0])
p == q, p != q, p == p
p = np.poly1d([-5])
p.deriv(0)
p = np.poly1d([(0.5-2j), 4])
p
print(p)
p = np.poly1d([1j, 1j, (0.5-2j), (0.5-2j), 0j, (2+1j)])
np.polyadd(p, np.poly1d([(2+1j), 4]))
p = np.poly1d([], variable='z')
np.polysub(p, 1j)
p = np.poly1d([-7.0, 1.5e10, 0.5])
p
print(p)
p = np.poly1d([-1, -6])
p.integ(2, k=[1, 2, 3])
p = np.poly1d([0, 0.1, 0.1, -2.25, 0.1, 0.1, 3.0])
p
print(p)
p = np.poly1d([0, 0, 4, -1, 7, -6, -3, -5, -7, -2, -7, 1, 7, 0])
p
print(p)
p = np.poly1d([0j, 4, -3j, (2+1j), -3j, (0.5-2j), 1j, -3j, (0.5-2j), 0j, (0.5-2j), -3j, 0j, (2+1j), 1j, (0.5-2j), (2+1j), 0j, 1j, 0j, 0j, -3j, 1j, 0j, (2+1j)])
p
print(p)
p = np.poly1d([-1, -4, 5, -5, 9, 5])
p
print(p)
p = np.poly1d([0, 2, 8, -8, 8, -6, -1])
q = np.poly1d([True, True, False, True, True, True, True, False, True, True, True, True])
p == q, p != q, p == p
p = np.poly1d([6, -7, 7, -9, 7, -9, -5, -9, 1, -5, 7, 4, 8, 2, 1, -1, 8, -7, -3, -8, 1, -3, 3, -1, -5])
p * np.int8(2)
p = np.poly1d([-9, -7])
p * [3]
p = np.poly1d([4, (0.5-2j), -3j, -3j])
p(np.float32(0.5))
p = np.poly1d([])
p - [1, 2]
p = np.poly1d([-9, -7, 8, -1, -5, -9, 1, 3, -1, -4, -1, -7])
p(2)
p = np.poly1d([0, 0.5, 1.5e10, 12345.678, 0.5, 1.5e10, 1.5e10, 3.0, 12345.678, 0.1, -0.0, 1e-05, 12345.678])
p + -1.5
p = np.poly1d([0, 0, 0, -7], variable='lam')
p(2)
p = np.poly1d([0, 0, 2, -7, 2])
p * 2
p = np.poly1d([0.1, 0.1])
p * [3]
p = np.poly1d([(0.5-2j), 4, (0.5-2j), 1j, -3j, 1j])
p(np.poly1d([0, 0, 1j, 4, (2+1j), (2+1j), (2+1j), 1j, (0.5-2j), 4, 4, (0.5-2j), -3j, 0j, (0.5-2j), 1j, 0j, 1j, (2+1j), 0j, 4, 4, (2+1j), 1j, 4, (2+1j), 1j]))
p = np.poly1d([1.5e10, -0.0, 0.5, 0.5, -2.25, -2.25, 0.1, 3.0, -0.0, 1.5e10, 0.5, -0.0, 1.5e10, 1e-05, -0.0, 0.1, -7.0, -0.0, 12345.678, 1e-05, -0.0, 1.5e10, 1e-05, -2.25, 0.5])
p - np.int8(2)
p = np.poly1d([4, 7, -2])
q = np.poly1d([0j, (0.5-2j), 1j, 4, 4, 1j], variable='t')
p == q, p != q, p == p
p = np.poly1d([0, -7.0, 1.5e10])
p * True
p = np.poly1d([-4, -5])
p.integ(3, k=[1])
p = np.poly1d([1, -9])
p.integ(0, k=[1])
p = np.poly1d([])
-1.5 / p
p = np.poly1d([0.5, -7.0, 0.1])
p ** -1
p = np.poly1d([-3j, 4, 4, 4, (2+1j), 4, 0j, -3j, (2+1j), 1j, 1j, (0.5-2j)])
p([1, 2, 3])
p = np.poly1d([-7.0, 1e-05, 12345.678, -0.0, 3.0, 12345.678, -0.0, 1.5e10, 0.1, 0.1, 3.0, -2.25, 3.0, 1e-05, -7.0, 1.5e10, 3.0, 1.5e10, 1e-05, 1.5e10, 12345.678, -2.25, -7.0, -2.25, 0.5])
p(2)
p = np.poly1d([0.1])
np.int8(2) * p
p = np.poly1d([0.5, 0.5, 1.5e10, 12345.678, -0.0, 12345.678])
p
print(p)
p = np.poly1d([-2.25, 12345.678, 1e-05, -0.0, -0.0, 1.5e10, -7.0, 0.1, -2.25, 0.1, 1.5e10, 0.1, 1e-05, 0.1, 0.5, 0.5, 1e-05, 0.5, 1.5e10, -2.25, 1.5e10, 1e-05, 0.1, -0.0, -2.25])
p
print(p)
p = np.poly1d([0j, (2+1j), 1j, (0.5-2j), 4, (0.5-2j), (0.5-2j), 4, 4, (2+1j), (2+1j), 1j, -3j, 1j, 1j, 1j, 1j, (0.5-2j), 0j, (2+1j), 0j, (0.5-2j), 4, (2+1j), 0j])
q = np.poly1d([-2.25, -0.0, -7.0, 0.1, -0.0, 12345.678, 0.5, -2.25, -7.0, -2.25, 1.5e10, 0.1], variable='t')
p == q, p != q, p == p
p = np.poly1d([3.0, 12345.678, 0.1, 0.1, -2.25, 1.5e10])
p.order, len(p), p.variable, list(p)
p[2], p[0]
p = np.poly1d([])
p * True
p = np.poly1d([])
p / 2
p = np.poly1d([-5, -2, -1, 1])
p.deriv(-1)
p = np.poly1d([False, True, False, False, True, False, True, False, False, False, True, True])
p
print(p)
p = np.poly1d([])
np.polyint(p)
p = np.poly1d([9, 8, 5, 8, -8, -1])
p(1j)
p = np.poly1d([2, 1, -9, 8, -5, 4])
[1, 2] * p
p = np.poly1d([0, (2+1j), (0.5-2j), 1j])
q = np.poly1d([0, 5])
p == q, p != q, p == p
p = np.poly1d([0, 3.0])
p - np.int8(2)
p = np.poly1d([0, 0, -9, -7, 4, 3, -5, 3], variable='t')
p * np.int8(2)
p = np.poly1d([-4, -4, -7, 4, 1, 4, -4, -3, -2, -2, -8, -8])
p.order, len(p), p.variable, list(p)
p[-1], p[0]
p = np.poly1d([0, 0, False, False, False])
np.polysub(p, np.poly1d([1e-05]))
p = np.poly1d([True, False, False, True])
p
print(p)
p = np.poly1d([0, (0.5-2j), 1j, -3j])
p - np.poly1d([0, -5, 6, -7, -5])
p = np.poly1d([0, 0, True, False, False, False, True, False])
p
print(p)
p = np.poly1d([0, 0j, (2+1j), 1j, 0j])
p * [3]
p = np.poly1d([0, -8, -6, 5, 2, -9])
p.order, len(p), p.variable, list(p)
p[0], p[0]
p = np.poly1d([-7.0, -2.25, 3.0, -2.25, 3.0, 12345.678])
p
print(p)
p = np.poly1d([True, False, True, True, False, False, False, False, True, True, True, True, False, False, False, True, True, True, False, True, False, False, True, True, True])
p(1j)
p = np.poly1d([True, True, True, True, True, False])
np.int8(2) + p
p = np.poly1d([0, -7.0, 0.1])
q = np.poly1d([2, 0])
p == q, p != q, p == p
p = np.poly1d([0, True, False, False, True, True, True, False, True, False, False, False, True])
p
print(p)
p = np.poly1d([0, True, True, False, True, False, False, False, False, True, False, False, False, False, False, False, False, False, True, False, False, True, False, False, True, False])
p.order, len(p), p.variable, list(p)
p[4], p[0]
p = np.poly1d([False, True, False])
p
print(p)
p = np.poly1d([-0.0, 12345.678], variable='t')
p
print(p)
p = np.poly1d([-3j, 4])
p.deriv(2)
p = np.poly1d([0, True, True, False, True])
p.deriv(3)
p = np.poly1d([0, 3.0])
p(np.poly1d([]))
p = np.poly1d([1e-05, 0.5, -7.0, 1e-05, -7.0, 3.0])
p.order, len(p), p.variable, list(p)
p[2], p[0]
p = np.poly1d([0, 0, True, True, True, False, False, False, False, False, True, True, True, False])
p.order, len(p), p.variable, list(p)
p[0], p[0]
p = np.poly1d([True, False, True, True, False, True], variable='t')
p.deriv(3)
p = np.poly1d([0, -3])
p * 2
p = np.poly1d([-0.0])
p.integ(1, k=[1, 2, 3])
p = np.poly1d([-3j, -3j, -3j, (2+1j), 1j, -3j])
p
print(p)
p = np.poly1d([0, 0, 5])
p / 2
p = np.poly1d([True, True, False, False])
p * True
p = np.poly1d([0, 0, -1])
p
print(p)
p = np.poly1d([0, 0, 1, -3, -5, 7, -5, -2, 7, 4, 7, 9, -1, -7, -4, -2, -7, 9, 2, 3, -6, -7, 1, -8, 1, -8, 7])
p - 1j
p = np.poly1d([0, -3j, -3j, (2+1j), (2+1j), 0j, 1j, -3j, -3j, (2+1j), (0.5-2j), 1j, 0j])
p - 2
p = np.poly1d([0.5, -2.25, 0.5, 3.0, 0.5, 0.1])
p - -1.5
p = np.poly1d([0, 0, 4, 4, -3j, 0j, -3j, 1j, 1j, 1j, (0.5-2j), 4, -3j, (2+1j), 0j, -3j, 0j, (2+1j), 1j, -3j, (2+1j), (0.5-2j), -3j, (0.5-2j), 0j, 4, 4])
q = np.poly1d([False, True, False, True, False, True])
p == q, p != q, p == p
p = np.poly1d([False, True, False, False])
p(1j)
p = np.poly1d([1j])
np.poly1d([0, (2+1j), 1j, (2+1j)]) * p
p = np.poly1d([])
p
print(p)
p = np.poly1d([0, 0.1, 3.0, -7.0, 12345.678, 1.5e10, 1e-05])
p.order, len(p), p.variable, list(p)
p[3], p[0]
p = np.poly1d([-3j, 4, 1j])
p.order, len(p), p.variable, list(p)
p[3], p[0]
p = np.poly1d([8, -8, -5, 1, 8, 1, -4, -7, -6, 8, 4, -9, -8, 2, 1, -9, -1, -7, 3, -6, -2, -3, -5, 9, -7])
p
print(p)
p = np.poly1d([0, -2], variable='t')
p ** -1
p = np.poly1d([False, True, True])
p
print(p)
p = np.poly1d([0, 0, False, True, True], variable='z')
np.polyder(p)
p = np.poly1d([0, 0, -3j, 1j, (2+1j), -3j, 0j, (0.5-2j), 4, -3j, 1j, 1j, (2+1j), 1j, (0.5-2j), -3j, (0.5-2j), 1j, -3j, 1j, 0j, 1j, 0j, 1j, (2+1j), (0.5-2j), -3j])
p + 2
p = np.poly1d([0, 0, True, True, False, False])
p - -1.5
p = np.poly1d([-7.0, -0.0, 1e-05, 1e-05], variable='t')
np.poly1d([0, 0, 1.5e10]) * p
p = np.poly1d([2, 3])
np.polymul(p, -1.5)
p = np.poly1d([0, 0, 3])
p.integ(-1)
p = np.poly1d([6, 8, 4])
q = np.poly1d([0, 0, 0.1])
p == q, p != q, p == p
p = np.poly1d([0, -3j, -3j, 4, (2+1j), 0j, (0.5-2j), 1j, 4, 4, -3j, 4, 1j])
np.poly1d([0, 0, 1e-05, -0.0, 0.5, 3.0, 0.1, 0.5, 0.5, -7.0, -2.25, -0.0, 3.0, 12345.678]) / p
p = np.poly1d([-5, 0])
p(np.float32(0.5))
p = np.poly1d([12345.678])
p
print(p)
p = np.poly1d([-4, -5, -2])
p(1j)
p = np.poly1d([-3j, -3j, (2+1j), (0.5-2j), 0j, (2+1j), -3j, (0.5-2j), (0.5-2j), (2+1j), (2+1j), (0.5-2j), 1j, 4, (2+1j), 1j, -3j, -3j, 4, 1j, 4, (0.5-2j), (2+1j), 0j, (0.5-2j)])
p
print(p)
p = np.poly1d([4, 4, 0j, (0.5-2j)])
p
print(p)
p = np.poly1d([(0.5-2j), -3j, 1j, (0.5-2j)])
p
print(p)
p = np.poly1d([-5, 2])
p.order, len(p), p.variable, list(p)
p[3], p[0]
p = np.poly1d([4, (0.5-2j), 0j], variable='t')
p.deriv(1)
p = np.poly1d([False, False, False, True])
[3] * p
p = np.poly1d([12345.678, 3.0])
np.poly1d([0, 0, -2, -7]) * p
p = np.poly1d([0, 0, 1, 0, -8, 3, 9, 4, -1, 9, -8, 3, -7, 6])
p
print(p)
p = np.poly1d([0, 0, -0.0, 3.0, 12345.678, 0.1, 1e-05, -7.0, -2.25, -0.0, 1e-05, 0.5, 3.0, 3.0, 0.5, -7.0, 0.5, 0.5, 1e-05, 1.5e10, 0.5, 3.0, 1e-05, 1e-05, 1e-05, 0.5, 1e-05])
p.deriv()
p = np.poly1d([0, True], variable='t')
p.deriv()
p = np.poly1d([0, True])
np.polyint(p)
p = np.poly1d([-2.25, 3.0, 1e-05])
p
print(p)
p = np.poly1d([-7, -2, 0, 7, 1, 5], variable='z')
p(1j)
p = np.poly1d([0, 0, -2, 6, 9])
p.deriv(2)
p = np.poly1d([], variable='t')
p * np.int8(2)
p = np.poly1d([1.5e10, -2.25])
True - p
p = np.poly1d([0.5, -0.0, 0.5, 0.5])
p.order, len(p), p.variable, list(p)
p[-1], p[0]
p = np.poly1d([3.0, 0.1])
p
print(p)
p = np.poly1d([-4, -5, 3, -6])
p.order, len(p), p.variable, list(p)
p[2], p[0]
p = np.poly1d([0, 0, 7, -2, 3, 5, 2, -1], variable='lam')
p(1j)
p = np.poly1d([1e-05, 1e-05, 0.1])
p ** 0
p = np.poly1d([1j, -3j, 1j])
p.order, len(p), p.variable, list(p)
p[2], p[0]
p = np.poly1d([6, -8, 5, 8, -7, 8])
np.polyder(p)
p = np.poly1d([])
p.deriv(3)
p = np.poly1d([(0.5-2j), (2+1j)])
p
print(p)
p = np.poly1d([6, -2, 8, 4])
p * [1, 2]
p = np.poly1d([6])
np.polysub(p, [1, 2])
p = np.poly1d([True])
p / -1.5
p = np.poly1d([])
np.poly1d([]) - p
p = np.poly1d([-3, 5, 1, 7, 0, 9, -4, 0, 8, 1, 3, 4])
p - [3]
p = np.poly1d([False, True])
p * 2
p = np.poly1d([3, -1, -1])
p(np.arange(4).reshape(2, 2))
p = np.poly1d([0j, 1j, (2+1j), (0.5-2j)])
p
print(p)
p = np.poly1d([-1, -9, -8, 9, -3, 9])
p.deriv(2)
p = np.poly1d([0, 0, 0.1, -7.0, 0.1])
p
print(p)
p = np.poly1d([0j, 0j, 4])
p(np.float32(0.5))
p = np.poly1d([-1, 3, -2, -3, 3, 2, 4, -8, -5, -8, 4, -8, -6, -9, 1, 0, 0, -1, 5, -8, 6, 9, 1, 6, -8])
p
print(p)
p = np.poly1d([0, 6, 8, 3, -9, 5])
p ** 2
p = np.poly1d([-7, -3, 9, 0])
p * 1j
p = np.poly1d([0, True, True, True])
p ** -1
p = np.poly1d([False, True, False, False, True, True])
p.deriv(2)
p = np.poly1d([-5, -9, -8, 8, -6, 4])
q = np.poly1d([0, 0, 0j, 0j, 1j, 1j, 1j, 0j])
p == q, p != q, p == p
p = np.poly1d([0j, (2+1j)], variable='lam')
p(2)
p = np.poly1d([])
2 - p
p = np.poly1d([8, 6, 1, -8, 6, 3])
p / np.int8(2)
p = np.poly1d([-4, 7, -6, 2], variable='z')
p
print(p)
p = np.poly1d([2, 4, -2, 8, 3, -1, 7, -1, 9, 7, -9, 6, 3, 3, 7, 7, 9, -2, -4, 7, -8, -6, 4, -7, 2])
p(0)
p = np.poly1d([-4, 4, -7, -8, 0, -7, -2, -6, -7, -6, -2, 7, 7, 8, -5, -8, -1, -4, 4, -3, -9, -1, 9, -9, -4], variable='z')
p
print(p)
p = np.poly1d([0, True, True, True, False, True, False, False, False, True, True, True, False, True, True, True, True, True, True, True, True, False, False, True, True, False])
p(np.arange(4).reshape(2, 2))
p = np.poly1d([-7.0, 3.0, -0.0, 1e-05, 0.5, 0.1])
p / np.poly1d([0, True, True, False, False])
p = np.poly1d([3.0, 1e-05, 0.1, 1e-05, -2.25, 1.5e10, -2.25, 1.5e10, 3.0, -0.0, 0.1, 3.0, 0.1, -0.0, 3.0, 0.5, 0.1, -0.0, -2.25, 12345.678, 1e-05, 0.5, 0.1, 1e-05, -0.0])
p
print(p)
p = np.poly1d([0, 6, -7, 8, -1, 8, -7, 3, -1, -3, 2, -8, 0])
np.polyint(p)
