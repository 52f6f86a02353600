import numpy as np
# regressions found by tools/gen_view_cases.py (second round)
# .real/.imag views, np.real/np.imag
x = np.arange(6.).reshape(2,3)
x.real is x
x.imag
x.imag.flags.writeable
x.imag.flags.owndata
x.imag.strides
np.arange(3, dtype=np.int8).imag
np.array([True]).real is None
c = (np.arange(6) + 1j * np.arange(6)).astype(np.complex64).reshape(2, 3)[:, ::-2]
c.real
c.imag
c.imag.strides
c.imag.base is c
c.real.base is c
c.imag[...] = 7
c
c.real[0] = -1
c
np.info(c.imag)
np.shares_memory(c.real, c.imag)
np.complex64(1+2j).imag
np.zeros((2, 0), dtype=np.complex128).imag.strides
x.T.imag.strides
np.arange(6).reshape(2, 3)[:, ::2].imag.strides
x.imag[0, 0] = 1
c.real.flags.writeable
np.broadcast_to(c, (2, 2, 2)).imag.flags.writeable
c.flags.writeable = False
c.real[0, 0] = 5
np.real(c).base is c.base
np.imag(x)
np.real(np.complex64(1+2j))
np.imag(np.float32(3))
np.real([1+2j, 3])
np.imag([[1, 2]])
np.real(1+2j)
np.imag(5.0)
np.imag(np.array(2+3j))
np.real(np.array(4.0))
np.real(3)
np.imag(3)
x = np.arange(6.).reshape(2,3)
np.atleast_3d(x).strides
np.atleast_2d(np.arange(3)).strides
np.atleast_1d(np.array(1.0)).strides
x.view().base is x
x.view() is x
x.T.view().base is x
np.ravel(x.T, "K").base is x
np.ravel(x.T, "K").strides
x.T.ravel("K").base is x
x.T.ravel("A").base is x
x.T.ravel("F").base is x
x.T.ravel().base is x
x[::-1].ravel("K")
x[:, ::-1].ravel("K")
x[::-1, ::-1].ravel("K").base is x
x.reshape(-1).base is x
x.ravel().base is x
x.flatten().base is None
c = x + 1j
c.real.strides
c.imag.strides
c.real.base is c
c.imag.flags.writeable
# fresh empty results of flatten have zero strides; 0-d squeeze accepts axis 0/-1
e = np.zeros((0, 5), dtype=np.float32)
e.flatten().strides
e.flatten('F').strides
e.ravel().strides
e.T.ravel().strides
e.T.flatten().strides
e.copy().strides
e.reshape(-1).strides
e.diagonal().flatten().strides
e.diagonal().strides
e[:, ::2].copy().strides
e.astype(np.int8).strides
np.ascontiguousarray(e.T).strides
np.asfortranarray(e).strides
z = np.array(6, dtype=np.int16)
z.squeeze(-1)
z.squeeze(0)
z.squeeze((0,))
z.squeeze(1)
s = np.float64(6.0)
np.squeeze(s, axis=0)
