import numpy as np
# --- flags
f = np.zeros((3, 4))
f.flags
f.flags['C_CONTIGUOUS']
f.flags['F_CONTIGUOUS']
f.flags['OWNDATA']
f.flags['WRITEABLE']
f.flags['ALIGNED']
f.flags['WRITEBACKIFCOPY']
f.flags.c_contiguous
f.flags.f_contiguous
f.flags.owndata
f.flags.writeable
f.flags.aligned
f.flags.contiguous
f.flags.fortran
f.flags['NOPE']
f.T.flags
f[:, 1].flags.c_contiguous
f[1, :].flags.c_contiguous
f[1, :].flags.f_contiguous
f[:, 1:2].flags.f_contiguous
f[:, 1:2].flags.c_contiguous
f[:1, :].flags.f_contiguous
f[:, ::2].flags['C_CONTIGUOUS']
f[::2, :].flags['C_CONTIGUOUS']
f[::-1].flags.c_contiguous
# --- contiguity for size-1 and empty dims
np.zeros((1, 5)).flags.f_contiguous
np.zeros((5, 1)).flags.f_contiguous
np.zeros((1, 5))[:, ::2].flags.c_contiguous
np.zeros((0, 3)).flags.c_contiguous
np.zeros((0, 3)).flags.f_contiguous
np.zeros((3, 4))[:, 0:0].flags.c_contiguous
np.zeros((3, 4))[:, 0:0].flags.f_contiguous
np.zeros((3, 4))[::2, 0:0].flags.c_contiguous
np.zeros((4, 1))[::2].flags.c_contiguous
np.zeros((4, 1))[::2].flags.f_contiguous
np.zeros(5)[::2].flags.c_contiguous
np.array(3.0).flags.c_contiguous
np.array(3.0).flags.f_contiguous
np.zeros((2, 1, 3))[:, ::-1].flags.c_contiguous
# --- writeable
r = np.arange(5)
r.flags.writeable = False
r.flags.writeable
r[0] = 1
r += 1
r[1:].flags.writeable
r[1:][0] = 5
r.flags
r.flags.writeable = True
r[0] = 10
r
s = np.arange(5)
t = s[1:]
s.flags.writeable = False
t.flags.writeable
t[0] = 100
s
t.flags.writeable = False
t.flags.writeable = True
u = s[2:]
u.flags.writeable = True
# --- np.arange(10)[::-2]
x = np.arange(10)[::-2]
x
x.strides
x.shape
x.flags
x.base is None
x.base
x.base.base
np.info(x)
x.__array_interface__
x.__array_interface__['strides']
x[::-1]
x[::-1].strides
x[::-1].flags.c_contiguous
