import numpy as np
# --- view(dtype)
x = np.array([1.0])
x.view(np.int64)
x.view(np.uint8)
x.view('u1')
x.view(np.int32)
x.view(np.float32)
x.view(np.complex64)
x.view(np.float16)
x.view(np.int64).base is x
x.view(np.uint8).strides
np.array([1.0, 2.0]).view(np.complex128)
np.arange(4, dtype=np.int32).view(np.int64)
np.arange(4, dtype=np.int32).view(np.int64).shape
np.arange(3, dtype=np.int32).view(np.int64)
np.arange(6, dtype=np.uint8).reshape(2, 3).view(np.uint16)
np.arange(8, dtype=np.uint8).reshape(2, 4).view(np.uint16)
np.arange(8, dtype=np.uint8).reshape(2, 4).view(np.uint32).strides
np.arange(8, dtype=np.uint8).reshape(4, 2).T.view(np.uint16)
np.arange(8, dtype=np.uint8).reshape(4, 2)[:, :1].view(np.uint16)
np.arange(8, dtype=np.uint8).reshape(4, 2)[:, ::2].view(np.uint8).shape
np.arange(8, dtype=np.uint8)[::2].view(np.uint16)
np.arange(4, dtype=np.int16)[::2].view(np.int8)
np.arange(4, dtype=np.int16).reshape(2, 2).T.view(np.int8)
np.arange(4.).view(np.uint8).reshape(4, 8)[:, 7]
np.array(1.0).view(np.uint8)
np.array([-1], dtype=np.int8).view(np.uint8)
np.array([255, 1], dtype=np.uint8).view(np.int8)
np.array([True, False]).view(np.uint8)
np.array([2, 1], dtype=np.uint8).view(bool)
np.array([1.5, -2.0], dtype=np.float32).view(np.uint32)
np.array([15360], dtype=np.uint16).view(np.float16)
np.array([1 + 2j]).view(np.float64)
np.arange(3).view(np.ndarray).base is not None
y = np.arange(4, dtype=np.uint16)
v = y.view(np.uint8)
v[0] = 255
y
y.view(np.int16)
y.view('float64')
# --- astype
i = np.array([1.7, -1.7, 2.5, 300.0])
i.astype(int)
i.astype(np.uint8)
i.astype(np.int8)
i.astype(bool)
i.astype(np.float16)
i.astype(np.complex64)
i.astype(np.float64) is i
i.astype(np.float64, copy=False) is i
i.astype(np.float32, copy=False) is i
i.astype('f8', copy=False).base is None
np.arange(3).astype(np.float64).base is None
np.array([1 + 2j]).astype(float)
np.array([-1, 256]).astype(np.uint8)
np.array([np.nan, np.inf]).astype(np.int64)
# --- copy, np.copy, ascontiguousarray, asfortranarray
m = np.arange(6).reshape(2, 3)
c = m.copy()
c.base is None
c.flags.owndata
np.copy(m).flags.owndata
np.copy(m.T).flags.c_contiguous
m.T.copy().flags.c_contiguous
m.T.copy(order='F').flags.f_contiguous
m.T.copy(order='K').strides
np.ascontiguousarray(m) is m
np.ascontiguousarray(m.T).strides
np.ascontiguousarray(m.T).flags.c_contiguous
np.ascontiguousarray(5).shape
np.asfortranarray(m).strides
mt = m.T
np.asfortranarray(mt) is mt
np.asfortranarray(mt).base is m
np.asfortranarray(m).flags
np.shares_memory(np.asfortranarray(m.T), m)
np.array(m) is m
np.array(m, copy=False) is m
np.asarray(m) is m
np.asarray(m, dtype=float).dtype
