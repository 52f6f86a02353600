import numpy as np
# --- tobytes
np.arange(3, dtype=np.uint8).tobytes()
np.arange(3, dtype=np.int16).tobytes()
np.arange(4, dtype=np.uint8).reshape(2, 2).T.tobytes()
np.arange(4, dtype=np.uint8).reshape(2, 2).T.tobytes(order='A')
np.array([1.0]).tobytes()
len(np.zeros((3, 4)).tobytes())
# --- data, frombuffer
a = np.arange(5, dtype=np.int32)
a.data
mv = a.data
mv.nbytes
mv.itemsize
mv.shape
mv.strides
mv.readonly
mv.contiguous
a[::2].data.contiguous
b = np.frombuffer(a.data, dtype=np.int32)
b
b.base is a
b.flags.owndata
b.flags.writeable
np.shares_memory(a, b)
a[0] = 42
b[0]
np.frombuffer(a.data, dtype=np.uint8)
np.frombuffer(a.data, dtype=np.int16, count=3)
np.frombuffer(a.data, dtype=np.int32, offset=4)
np.frombuffer(a.data, dtype=np.int32, count=2, offset=8)
np.frombuffer(a.data, dtype=np.int64)
np.frombuffer(a.data, dtype=np.int32, offset=40)
np.frombuffer(a.data, dtype=np.int32, count=10)
np.frombuffer(a.data, dtype=np.int32, offset=-4)
np.frombuffer(a.data)
raw = np.arange(1, 5, dtype=np.uint8).tobytes()
raw
np.frombuffer(raw, dtype=np.uint8)
np.frombuffer(raw, dtype=np.uint16)
np.frombuffer(raw, dtype=np.uint16).flags.writeable
np.frombuffer(np.arange(3, dtype=np.uint8).tobytes(), dtype=np.uint16)
np.frombuffer(np.arange(6).reshape(2, 3).data, dtype=np.int64)
np.frombuffer(np.arange(6).reshape(2, 3)[:, 1].data)
np.frombuffer(np.arange(6).reshape(2, 3)[1].data)
np.frombuffer(np.arange(6).reshape(2, 3).T.data)
# --- __array_interface__
a = np.arange(6, dtype=np.int16).reshape(2, 3)
a.__array_interface__
a.__array_interface__['shape']
a.__array_interface__['typestr']
a.__array_interface__['descr']
a.__array_interface__['strides']
a.__array_interface__['version']
a.T.__array_interface__
a[:, ::-1].__array_interface__['strides']
a[:, 1:].__array_interface__['data'][0] - a.__array_interface__['data'][0]
a[1, ::-1].__array_interface__['data'][0] - a.__array_interface__['data'][0]
np.ones(2, bool).__array_interface__['typestr']
np.ones(2, 'c8').__array_interface__['descr']
np.ones(2, np.uint8).__array_interface__['typestr']
np.ones(2, np.float16).__array_interface__['typestr']
np.array(1.0).__array_interface__['shape']
r = np.arange(3)
r.flags.writeable = False
r.__array_interface__['data'][1]
# --- shares_memory, may_share_memory
a = np.arange(10)
np.shares_memory(a, a[::2])
np.shares_memory(a[::2], a[1::2])
np.may_share_memory(a[::2], a[1::2])
np.shares_memory(a[:5], a[5:])
np.may_share_memory(a[:5], a[5:])
np.shares_memory(a, a.copy())
np.may_share_memory(a, a.copy())
np.shares_memory(a, a.view(np.uint8)[3:4])
np.shares_memory(a.reshape(2, 5)[:, 0], a.reshape(2, 5)[:, 1])
np.shares_memory(a, np.broadcast_to(a[3], (4,)))
np.shares_memory(a, 5)
np.may_share_memory(np.zeros(3), np.zeros(3))
