import numpy as np
# probes that already agreed with NumPy: base chains, copies made by reshape, frombuffer views,
# sliding_window_view bases and flags, huge broadcast views and summarized printing of views
x = np.arange(12)
y = x.reshape(3, 4)
z = y[::2]
z.base is x
z.base.base is None
w = z.T.reshape(-1)
w.base is x
w.base.base is None
w.flags.owndata
b = np.frombuffer(b'abcdefgh', dtype=np.uint8)
b.flags.writeable
b.base
b[::2].base is b
b.reshape(2, 4).base is b
b.view(np.uint16)
b.view(np.uint16).flags.writeable
b[0] = 1
np.info(b[::-3])
m = np.arange(6.).reshape(2, 3)
m.T.reshape(6).flags.owndata
m.T.reshape(6).base is None
m.T.reshape(6).base.shape
m[:, 1].reshape(2, 1).base is m
m.T.ravel().base.shape
m.reshape(3, 2, order='F').base is m
m.reshape(3, 2, order='F').strides
m.T.reshape(3, 2, order='F').strides
m.T.reshape(3, 2).strides
m.T.reshape(3, 2).base.strides
np.reshape(m, (-1,), order='A').strides
m.T.reshape((6,), order='A').strides
m[:, ::2].reshape(4, order='F')
m[:, ::2].reshape((2, 2), order='A').strides
s = np.lib.stride_tricks.sliding_window_view(np.arange(6), 3)
s.base is None
s.base.base is None
type(s.base)
s.flags.writeable
s[0, 0] = 5
np.lib.stride_tricks.sliding_window_view(np.arange(6), 3, writeable=True).flags.writeable
t = np.lib.stride_tricks.sliding_window_view(np.arange(12).reshape(3, 4), (2, 2))
t.shape
t.strides
t[1, 2]
np.info(t)
big = np.broadcast_to(np.arange(5.), (100000, 1000, 5))
big.nbytes
big.strides
big
big[::-7, 3:, ::-2]
np.info(big[::3])
r = np.arange(2000, dtype=np.float32)[::-3]
r
r.reshape(2, -1)[:, ::50]
np.arange(3000).reshape(30, 100)[::-1, ::-1].T
np.lib.stride_tricks.sliding_window_view(np.arange(2000, dtype=np.int8), 500)
np.expand_dims(np.arange(1200, dtype=np.uint16), (0, 2))[..., ::-1]
