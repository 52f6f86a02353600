import numpy as np
rng = np.random.default_rng(0)
rng.permutation([1, 2, 3, 4, 5])
rng.permutation(np.arange(12).reshape(3, 4))
rng.permutation(np.arange(12).reshape(3, 4), axis=1)
rng.permutation(np.arange(12).reshape(3, 4), axis=-1)
rng.permutation(np.arange(6.0))
rng.permutation(True)
rng.permutation(np.int32(6))
rng.permutation((7, 8, 9))
rng.permutation(np.array([], dtype=np.int16))
rng.permutation(np.array(5))
rng.permutation(3.5)
rng.permutation(np.float64(2.0))
rng.permutation(None)
rng.permutation(np.True_)
rng.permutation(np.arange(4).reshape(2, 2), axis=2)
x = np.arange(10)
rng.shuffle(x)
x
y = np.arange(12).reshape(3, 4)
rng.shuffle(y)
y
rng.shuffle(y, axis=1)
y
z = [1, 2, 3, 4, 5, 6]
rng.shuffle(z)
z
rng.shuffle(5)
rng.shuffle(np.array(5))
rng.shuffle((1, 2, 3))
rng.shuffle([1, 2, 3], axis=1)
rng.shuffle(np.zeros((0, 3)))
rng.shuffle(y, axis=2)
w = np.arange(4)
w.flags.writeable = False
rng.shuffle(w)
v = np.arange(10)[::2]
rng.shuffle(v)
v
rng.integers(0, 100, 5)
rs = np.random.RandomState(3)
rs.permutation([10, 20, 30, 40])
rs.permutation(np.arange(9).reshape(3, 3))
rs.permutation(np.array(5))
rs.permutation(3.5)
rs.permutation(True)
t = np.arange(8)
rs.shuffle(t)
t
u = [[1, 2], [3, 4], [5, 6]]
rs.shuffle(u)
u
rs.shuffle((1, 2))
rs.randint(0, 10, 3)
np.random.seed(5)
s = np.arange(10)
np.random.shuffle(s)
s
np.random.permutation([1, 4, 9, 12, 15])
np.random.permutation(np.arange(6).reshape(3, 2))
np.random.shuffle(np.array(2))
np.random.rand(2)
