import numpy as np
m = np.memmap("identity.dat", dtype=np.int16, mode="w+", shape=(6,))
m.base is m.base
b = m.base
b is m.base
m[2:].base is m
m[2:].base.base is b
n = np.memmap("identity.dat", dtype=np.int16, mode="r")
n.base is m.base
n.base is n.base
np.save("identity.npy", np.arange(4))
l = np.load("identity.npy", mmap_mode="r")
l.base is l.base
l[1:].base is l
