import numpy as np
x = np.arange(10) * 10
# --- assignment through advanced indices and masks
data = np.zeros((4, 4, 3), dtype=np.uint8)
data[0:2, 0:2] = [255, 0, 0]
data[:, :, 0]
data[0, 0]
x = np.arange(10)
x[x > 5] = 0
x
x[[0, 0]] = [1, 2]
x[0]
x[[1, 2]] = 99
x
x[[1, 2]] = [1, 2, 3]
x[x > 50] = [7, 8]
x[x == 3] = [-3]
x
x[np.array([True] * 10)] = np.arange(10, 20)
x
m = np.zeros((3, 4), dtype=int)
m[[0, 2], 1:3] = 5
m
m[m == 5] += 1
m
m[[0, 1], [1, 2]] = [10, 20]
m
m[:, [True, False, False, True]] = -1
m
m[[0, 0, 0], [0, 0, 0]] += 1
m[0, 0]
m[[5]] = 1
m[np.array([1.5])] = 1
f = np.zeros(3)
f[[0, 1]] = [1.5, 2.5]
f
i = np.zeros(3, dtype=np.uint8)
i[[0]] = 300
i[[0]] = 255.9
i
i[i > 0] = -1
