import numpy as np
a = np.array([-3, -1, 0, 2, 5])
b = np.array([2, 3, 1, -4, 2])
f = np.array([-1.5, -0.5, 0.0, 0.5, 2.25])
# --- Python operators on arrays
a + b
a - b
a * b
a / b
a // b
a % b
a ** 2
b ** b
a @ b
-a
+a
~a
a & b
a | b
a ^ b
a << 2
np.array([256, 17, -8]) >> 2
a == b
a != b
a < b
a <= b
a > 0
a >= 0
-f
f // 0.5
f % 0.75
-7 // np.array([2, -2])
-7 % np.array([2, -2])
np.array([-7.5, 7.5]) % 2
np.array([-7.5, 7.5]) // -2
2 ** np.arange(5)
2.0 ** -np.arange(3)
np.array([2]) ** -1
np.array([True, False]) + np.array([True, True])
~np.array([True, False])
-np.array([True, False])
~f
f & 1
f << 1
