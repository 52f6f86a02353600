import numpy as np
np.seterr(all='ignore')
show = lambda r: (r.strides, r.flags.c_contiguous, r.flags.f_contiguous, r.dtype, r.tolist())
a = np.arange(2).reshape((1, 2)).astype(np.int64).T
show(np.invert(a > 1))
a = np.arange(4).reshape((1, 4)).astype(np.float32)[1:, 1:]
show(np.sign(a))
a = np.asfortranarray(np.arange(24).reshape((2, 3, 4)).astype(np.float64))
b = a[...]
show(np.asarray(b < a))
a = np.arange(4).reshape((1, 4, 1)).astype(np.float64).transpose((2, 1, 0))
show(np.logical_not(a))
a = np.arange(27).reshape((3, 3, 3)).astype(np.float32)
show(np.sign(a))
a = np.arange(3).reshape((1, 3)).astype(np.bool_)
b = np.ascontiguousarray(a.T).T
show(np.asarray(b // a))
a = np.arange(4).reshape((4, 1, 1, 1)).astype(np.float32).transpose((1, 2, 3, 0))
show(np.sign(a))
a = np.arange(16).reshape((2, 2, 4)).astype(np.float32)[::-1, :, :]
b = np.ascontiguousarray(a.T).T
show(np.asarray(a - b))
a = np.asfortranarray(np.arange(24).reshape((2, 2, 3, 2)).astype(np.int64)).transpose((3, 2, 0, 1))
show(np.logical_not(a))
a = np.arange(6).reshape((3, 2)).astype(np.int64).T
b = np.array(a, order='C')
show(np.asarray(a < b))
a = np.arange(96).reshape((4, 4, 3, 2)).astype(np.bool_).T
show(np.logical_not(a))
a = np.asfortranarray(np.arange(4).reshape((1, 1, 4, 1)).astype(np.bool_)).transpose((2, 3, 0, 1))
b = np.array(a, order='C')
show(np.asarray(a == b))
a = np.arange(2).reshape((2, 1)).astype(np.float64).T
b = np.ones(a.shape[-1:], dtype=np.int16)
show(np.asarray(a // b))
a = np.arange(2).reshape((1, 2)).astype(np.int32).T
show(np.logical_not(a))
a = np.arange(12).reshape((2, 3, 1, 2)).astype(np.int8)
b = True
show(np.asarray(a - b))
a = np.arange(72).reshape((2, 3, 4, 3)).astype(np.int8).T
b = a[...]
show(np.asarray(a // b))
a = np.asfortranarray(np.arange(4).reshape((4, 1)).astype(np.int64)).transpose((0, 1))
b = np.asfortranarray(np.ones(a.shape, dtype=np.int32))
show(np.asarray(a / b))
a = np.arange(96).reshape((2, 3, 4, 4)).astype(np.float32)
show(np.sqrt(a))
a = np.arange(9).reshape((1, 3, 3)).astype(np.bool_)[:, ::2, ::2]
b = np.ones(a.shape[:1] + (1,) * (a.ndim - 1), dtype=np.float32)
show((a > 1) & (b > 0))
a = np.arange(12).reshape((1, 3, 4)).astype(np.bool_).T
b = np.asfortranarray(np.ones(a.shape, dtype=np.int32))
show(np.asarray(a + b))
a = np.asfortranarray(np.arange(32).reshape((4, 1, 2, 4)).astype(np.int8))
show(np.square(a))
a = np.arange(6).reshape((2, 1, 3)).astype(np.int8).transpose((1, 0, 2))
b = np.array(a, order='C')
show(np.asarray(b * a))
a = np.arange(8).reshape((2, 4)).astype(np.bool_)[::-1, :]
b = np.ones(a.shape[:1] + (1,) * (a.ndim - 1), dtype=np.float32)
show(np.asarray(a - b))
a = np.arange(12).reshape((2, 2, 3)).astype(np.int32)[:, :, :]
b = np.int8(2)
show(np.multiply(a, b))
a = np.arange(18).reshape((3, 3, 2, 1)).astype(np.bool_)
b = np.ascontiguousarray(a.T).T
show(np.asarray(a - b))
a = np.asfortranarray(np.arange(2).reshape((1, 2)).astype(np.int32)).transpose((1, 0))
b = np.ones(a.shape[-1:], dtype=np.int16)
show(np.asarray(a == b))
a = np.arange(18).reshape((1, 2, 3, 3)).astype(np.int32).T
b = 2.5
show(np.asarray(a < b))
a = np.asfortranarray(np.arange(18).reshape((2, 3, 3)).astype(np.float32)).transpose((2, 0, 1))
show(np.isnan(a))
a = np.arange(2).reshape((1, 2)).astype(np.int8)[::-1, :]
b = np.ones(a.shape[:1] + (1,) * (a.ndim - 1), dtype=np.float32)
show(np.multiply(a, b))
a = np.arange(18).reshape((1, 3, 3, 2)).astype(np.int8).T
show(np.floor(a))
a = np.arange(12).reshape((3, 4)).astype(np.uint16).transpose((1, 0))
b = np.asfortranarray(np.ones(a.shape, dtype=np.int32))
show(np.add(a, b))
a = np.arange(3).reshape((3, 1)).astype(np.bool_)[::-1, ::-1]
b = np.ones(a.shape[-1:], dtype=np.int16)
show(np.asarray(a % b))
a = np.arange(64).reshape((4, 2, 2, 4)).astype(np.bool_)[:, ::2, 1:, 1:]
show(np.exp(a))
a = np.arange(2).reshape((2, 1)).astype(np.float64).T
b = np.asfortranarray(np.ones(a.shape, dtype=np.int32))
show(np.asarray(b / a))
a = np.arange(8).reshape((2, 1, 2, 2)).astype(np.float32).transpose((2, 1, 0, 3))
b = a[...]
show(np.asarray(b * a))
a = np.arange(8).reshape((1, 4, 1, 2)).astype(np.int64).transpose((3, 2, 0, 1))
show(np.sqrt(a))
a = np.asfortranarray(np.arange(4).reshape((2, 2)).astype(np.int64)).transpose((1, 0))
b = np.ones(a.shape[-1:], dtype=np.int16)
show(np.hypot(a, b))
a = np.asfortranarray(np.arange(72).reshape((4, 3, 2, 3)).astype(np.int32))
b = np.asfortranarray(np.ones(a.shape, dtype=np.int32))
show(np.asarray(a + b))
a = np.arange(9).reshape((3, 3, 1)).astype(np.float32)[::2, ::2, ::2]
b = np.ones(a.shape[-1:], dtype=np.int16)
show(np.hypot(b, a))
a = np.arange(4).reshape((4, 1)).astype(np.int32)
b = 3
show(np.asarray(a == b))
a = np.asfortranarray(np.arange(8).reshape((2, 2, 2, 1)).astype(np.int32))
b = True
show(np.asarray(a % b))
a = np.arange(3).reshape((1, 3)).astype(np.int8)[1:, 1:]
b = a[...]
show(np.asarray(a == b))
a = np.arange(2).reshape((2, 1)).astype(np.float64)
b = np.ascontiguousarray(a.T).T
show(np.multiply(a, b))
a = np.asfortranarray(np.arange(64).reshape((2, 4, 4, 2)).astype(np.float64))
b = np.ones(a.shape[:1] + (1,) * (a.ndim - 1), dtype=np.float32)
show(np.add(b, a))
a = np.arange(4).reshape((2, 2, 1, 1)).astype(np.float32).T
b = np.ascontiguousarray(a.T).T
show(np.asarray(b - a))
a = np.arange(4).reshape((1, 1, 1, 4)).astype(np.int64)[::-1, :, ::-1, ::-1]
b = np.asfortranarray(np.ones(a.shape, dtype=np.int32))
show(np.maximum(a, b))
a = np.arange(12).reshape((4, 1, 1, 3)).astype(np.float32).transpose((3, 2, 0, 1))
b = a[...]
show(np.asarray(a * b))
a = np.arange(16).reshape((4, 4)).astype(np.float32).T
b = np.ascontiguousarray(a.T).T
show(np.asarray(a // b))
a = np.arange(4).reshape((1, 2, 1, 2)).astype(np.int64).T
b = np.asfortranarray(np.ones(a.shape, dtype=np.int32))
show(np.asarray(a % b))
a = np.asfortranarray(np.arange(12).reshape((3, 4, 1)).astype(np.bool_))
b = a[...]
show(np.multiply(a, b))
a = np.arange(48).reshape((2, 2, 3, 4)).astype(np.int64)[::-1, :, :, :]
b = a[...]
show(np.asarray(a + b))
a = np.asfortranarray(np.arange(8).reshape((2, 2, 2, 1)).astype(np.int32)).transpose((3, 2, 1, 0))
b = np.asfortranarray(np.ones(a.shape, dtype=np.int32))
show(np.asarray(a + b))
a = np.arange(8).reshape((1, 1, 2, 4)).astype(np.int8)
b = np.array(a, order='C')
show(np.hypot(b, a))
a = np.arange(4).reshape((1, 2, 2, 1)).astype(np.int8)[:, ::2, 1:, :]
show(np.floor(a))
a = np.asfortranarray(np.arange(8).reshape((4, 2)).astype(np.int64))
show(np.square(a))
a = np.arange(72).reshape((2, 4, 3, 3)).astype(np.int64)[::-1, ::-1, :, :]
b = np.ones(a.shape[:1] + (1,) * (a.ndim - 1), dtype=np.float32)
show(np.asarray(a / b))
a = np.arange(12).reshape((1, 1, 4, 3)).astype(np.uint16).transpose((1, 0, 2, 3))
b = 2.5
show(np.asarray(a / b))
a = np.arange(3).reshape((1, 3)).astype(np.float64)[:, ::-1]
b = np.asfortranarray(np.ones(a.shape, dtype=np.int32))
show(np.hypot(a, b))
a = np.asfortranarray(np.arange(6).reshape((2, 1, 1, 3)).astype(np.bool_)).transpose((1, 2, 0, 3))
b = np.array(a, order='C')
show(np.asarray(b + a))
a = np.asfortranarray(np.arange(24).reshape((2, 4, 1, 3)).astype(np.uint16))
b = np.ones(a.shape[:1] + (1,) * (a.ndim - 1), dtype=np.float32)
show(np.asarray(a / b))
a = np.arange(32).reshape((4, 2, 4)).astype(np.int8)[::-1, ::-1, :]
show(np.sign(a))
a = np.arange(12).reshape((1, 2, 2, 3)).astype(np.float64)[1:, :, 1:, 1:]
b = a[...]
show(np.asarray(a - b))
a = np.arange(12).reshape((3, 1, 4, 1)).astype(np.int32).transpose((0, 2, 3, 1))
show(np.abs(a))
a = np.arange(24).reshape((4, 2, 1, 3)).astype(np.int8)
b = np.asfortranarray(np.ones(a.shape, dtype=np.int32))
show(np.hypot(a, b))
a = np.arange(24).reshape((4, 3, 2)).astype(np.bool_).transpose((0, 1, 2))
show(np.floor(a))
a = np.arange(8).reshape((1, 2, 2, 2)).astype(np.float64).transpose((2, 3, 0, 1))
b = np.ascontiguousarray(a.T).T
show(np.asarray(b + a))
a = np.arange(2).reshape((2, 1)).astype(np.float64)
b = np.asfortranarray(np.ones(a.shape, dtype=np.int32))
show(np.asarray(b % a))
a = np.arange(6).reshape((2, 3)).astype(np.float64)
b = np.ones(a.shape[-1:], dtype=np.int16)
show(np.asarray(b // a))
a = np.arange(12).reshape((3, 4)).astype(np.int8).transpose((0, 1))
show(np.exp(a))
a = np.arange(4).reshape((4, 1)).astype(np.int32)[:, 1:]
b = np.array(a, order='C')
show(np.asarray(a // b))
a = np.arange(1).reshape((1, 1)).astype(np.float64)
b = np.ascontiguousarray(a.T).T
show(np.asarray(b % a))
a = np.arange(9).reshape((3, 3)).astype(np.bool_)[::2, 1:]
b = np.array(a, order='C')
show(np.multiply(a, b))
a = np.arange(3).reshape((1, 3)).astype(np.float32)[1:, ::2]
b = np.array(a, order='C')
show(np.asarray(a % b))
a = np.arange(12).reshape((3, 1, 1, 4)).astype(np.int8).transpose((3, 2, 1, 0))
b = a[...]
show(np.asarray(a < b))
a = np.arange(4).reshape((4, 1)).astype(np.int64)[::-1, :]
b = np.array(a, order='C')
show(np.asarray(a == b))
a = np.arange(12).reshape((1, 4, 3)).astype(np.float32).transpose((2, 0, 1))
b = np.ascontiguousarray(a.T).T
show(np.asarray(a % b))
a = np.arange(16).reshape((4, 4)).astype(np.float32).transpose((1, 0))
b = np.asfortranarray(np.ones(a.shape, dtype=np.int32))
show(np.asarray(a / b))
a = np.asfortranarray(np.arange(6).reshape((1, 3, 2)).astype(np.float64))
b = np.ascontiguousarray(a.T).T
show(np.asarray(a % b))
a = np.arange(16).reshape((2, 2, 2, 2)).astype(np.float32)[::-1, ::-1, :, ::-1]
b = np.asfortranarray(np.ones(a.shape, dtype=np.int32))
show(np.asarray(a == b))
a = np.asfortranarray(np.arange(3).reshape((3, 1, 1)).astype(np.int8))
show(np.floor(a))
a = np.arange(27).reshape((3, 3, 3)).astype(np.uint16)[1:, :, ::2]
show(np.abs(a))
a = np.arange(32).reshape((4, 4, 2)).astype(np.float32)[1:, :, :]
b = a[...]
show(np.asarray(a == b))
a = np.asfortranarray(np.arange(2).reshape((2, 1)).astype(np.float64)).transpose((1, 0))
b = a[...]
show(np.asarray(a // b))
a = np.arange(12).reshape((4, 3)).astype(np.bool_).T
b = True
show(np.asarray(a == b))
a = np.arange(8).reshape((2, 4)).astype(np.float32)[:, 1:]
show(np.floor(a))
a = np.asfortranarray(np.arange(2).reshape((2, 1)).astype(np.int32)).transpose((1, 0))
show(np.invert(a > 1))
a = np.arange(18).reshape((3, 2, 3)).astype(np.int64)[1:, 1:, :]
b = np.ascontiguousarray(a.T).T
show(np.asarray(b == a))
a = np.asfortranarray(np.arange(16).reshape((2, 2, 2, 2)).astype(np.int8)).transpose((1, 0, 3, 2))
b = np.ones(a.shape[-1:], dtype=np.int16)
show(np.multiply(a, b))
a = np.asfortranarray(np.arange(32).reshape((4, 4, 2)).astype(np.float64)).transpose((2, 1, 0))
b = np.ones(a.shape[-1:], dtype=np.int16)
show(np.multiply(b, a))
a = np.arange(64).reshape((4, 1, 4, 4)).astype(np.float32).transpose((1, 2, 3, 0))
b = np.asfortranarray(np.ones(a.shape, dtype=np.int32))
show(np.maximum(a, b))
a = np.arange(6).reshape((3, 2)).astype(np.float64).transpose((1, 0))
b = np.array(a, order='C')
show(np.asarray(a * b))
a = np.arange(12).reshape((1, 3, 4, 1)).astype(np.int8)[:, :, 1:, 1:]
b = np.ones(a.shape[-1:], dtype=np.int16)
show(np.asarray(a - b))
a = np.arange(1).reshape((1, 1, 1)).astype(np.uint16).transpose((1, 2, 0))
show(np.isnan(a))
a = np.arange(3).reshape((3, 1)).astype(np.uint16)
show(np.invert(a.astype(np.int16)))
a = np.arange(6).reshape((3, 2)).astype(np.float32).transpose((0, 1))
b = a[...]
show(np.asarray(a // b))
a = np.asfortranarray(np.arange(24).reshape((4, 3, 2)).astype(np.int8)).transpose((0, 2, 1))
b = np.ones(a.shape[-1:], dtype=np.int16)
show(np.add(a, b))
a = np.arange(12).reshape((4, 1, 3)).astype(np.bool_).T
b = np.array(a, order='C')
show((b > 1) & (a > 0))
a = np.arange(12).reshape((3, 4)).astype(np.int64)[:, ::-1]
b = np.ascontiguousarray(a.T).T
show(np.asarray(b / a))
a = np.asfortranarray(np.arange(36).reshape((3, 3, 4)).astype(np.int32)).transpose((1, 2, 0))
b = np.array(a, order='C')
show(np.asarray(b // a))
a = np.arange(8).reshape((4, 2)).astype(np.bool_).T
b = np.array(a, order='C')
show(np.maximum(b, a))
a = np.arange(36).reshape((4, 3, 3)).astype(np.uint16)[1:, ::2, ::2]
show(np.exp(a))
a = np.arange(3).reshape((3, 1, 1)).astype(np.float32)
b = np.array(a, order='C')
show(np.multiply(a, b))
a = np.arange(18).reshape((1, 2, 3, 3)).astype(np.int8)[1:, ::2, 1:, 1:]
b = 2.5
show(np.asarray(a // b))
a = np.arange(4).reshape((1, 4)).astype(np.float64).T
show(np.abs(a))
a = np.arange(12).reshape((3, 4)).astype(np.float32).T
b = np.ones(a.shape[:1] + (1,) * (a.ndim - 1), dtype=np.float32)
show(np.asarray(a - b))
a = np.asfortranarray(np.arange(16).reshape((2, 2, 1, 4)).astype(np.float32)).transpose((3, 1, 2, 0))
b = np.ones(a.shape[-1:], dtype=np.int16)
show(np.asarray(a == b))
a = np.asfortranarray(np.arange(48).reshape((4, 2, 2, 3)).astype(np.float32))
b = np.ones(a.shape[-1:], dtype=np.int16)
show(np.asarray(a / b))
a = np.arange(192).reshape((4, 3, 4, 4)).astype(np.float32).transpose((3, 0, 2, 1))
b = a[...]
show(np.asarray(b < a))
a = np.arange(6).reshape((3, 2)).astype(np.float64)[::2, :]
show(np.sqrt(a))
a = np.asfortranarray(np.arange(24).reshape((3, 4, 2)).astype(np.int64))
b = np.asfortranarray(np.ones(a.shape, dtype=np.int32))
show(np.hypot(a, b))
a = np.arange(12).reshape((2, 3, 1, 2)).astype(np.uint16)[1:, :, 1:, 1:]
show(np.floor(a))
a = np.arange(9).reshape((3, 3, 1)).astype(np.int8)[:, :, ::-1]
b = np.ascontiguousarray(a.T).T
show(np.asarray(a < b))
a = np.arange(1).reshape((1, 1)).astype(np.float64).transpose((0, 1))
b = np.ascontiguousarray(a.T).T
show(np.asarray(a * b))
a = np.arange(96).reshape((2, 4, 4, 3)).astype(np.int8).transpose((0, 1, 2, 3))
b = 2.5
show(np.asarray(a * b))
a = np.arange(12).reshape((2, 3, 2)).astype(np.float32)
show(np.isnan(a))
a = np.asfortranarray(np.arange(8).reshape((1, 2, 4, 1)).astype(np.bool_))
b = 2.5
show(np.asarray(a * b))
a = np.asfortranarray(np.arange(12).reshape((1, 3, 4, 1)).astype(np.uint16)).transpose((2, 1, 0, 3))
b = np.array(a, order='C')
show(np.asarray(a < b))
a = np.arange(4).reshape((1, 1, 4)).astype(np.float64)[:, :, :]
b = np.array(a, order='C')
show(np.maximum(b, a))
a = np.arange(4).reshape((2, 2)).astype(np.int64)[:, ::-1]
show(np.abs(a))
a = np.arange(2).reshape((1, 2)).astype(np.uint16)
show(np.logical_not(a))
a = np.asfortranarray(np.arange(27).reshape((3, 3, 3)).astype(np.int32))
b = np.ones(a.shape[:1] + (1,) * (a.ndim - 1), dtype=np.float32)
show(np.multiply(a, b))
a = np.arange(3).reshape((1, 3)).astype(np.bool_)
b = np.ascontiguousarray(a.T).T
show(np.asarray(a // b))
a = np.arange(9).reshape((3, 3, 1)).astype(np.int64)[:, :, :]
show(np.isnan(a))
a = np.asfortranarray(np.arange(16).reshape((4, 4)).astype(np.int32)).transpose((0, 1))
b = np.array(a, order='C')
show(np.asarray(a % b))
a = np.asfortranarray(np.arange(9).reshape((3, 3)).astype(np.float64)).transpose((0, 1))
show(np.sign(a))
a = np.arange(8).reshape((1, 4, 2)).astype(np.bool_)[::2, :, :]
b = np.asfortranarray(np.ones(a.shape, dtype=np.int32))
show(np.asarray(a - b))
a = np.asfortranarray(np.arange(18).reshape((3, 3, 2)).astype(np.uint16))
b = np.asfortranarray(np.ones(a.shape, dtype=np.int32))
show(np.add(b, a))
a = np.asfortranarray(np.arange(9).reshape((3, 3)).astype(np.float32)).transpose((1, 0))
b = np.ascontiguousarray(a.T).T
show(np.asarray(a < b))
a = np.arange(4).reshape((1, 4, 1)).astype(np.float32)[::-1, :, :]
b = np.ones(a.shape[:1] + (1,) * (a.ndim - 1), dtype=np.float32)
show(np.asarray(b * a))
a = np.arange(16).reshape((4, 1, 2, 2)).astype(np.int32).T
b = np.ones(a.shape[-1:], dtype=np.int16)
show(np.multiply(b, a))
a = np.arange(4).reshape((2, 2)).astype(np.float64).T
b = np.asfortranarray(np.ones(a.shape, dtype=np.int32))
show(np.add(a, b))
a = np.arange(24).reshape((1, 4, 2, 3)).astype(np.int8)[::2, :, :, 1:]
b = np.ascontiguousarray(a.T).T
show((a > 1) & (b > 0))
a = np.arange(24).reshape((4, 2, 3)).astype(np.float32)
b = a[...]
show(np.asarray(a % b))
a = np.asfortranarray(np.arange(18).reshape((3, 2, 3)).astype(np.int32)).transpose((1, 2, 0))
show(np.isnan(a))
a = np.arange(8).reshape((2, 2, 2)).astype(np.uint16)[:, :, :]
b = a[...]
show(np.hypot(a, b))
a = np.arange(8).reshape((2, 2, 2)).astype(np.float64)[::2, ::2, :]
b = 2.5
show(np.asarray(a // b))
a = np.arange(12).reshape((3, 4)).astype(np.float32)[:, 1:]
b = np.array(a, order='C')
show(np.asarray(a % b))
a = np.arange(12).reshape((3, 1, 2, 2)).astype(np.int64).T
b = np.asfortranarray(np.ones(a.shape, dtype=np.int32))
show(np.asarray(b % a))
a = np.arange(24).reshape((3, 4, 1, 2)).astype(np.bool_).T
show(np.exp(a))
a = np.asfortranarray(np.arange(1).reshape((1, 1)).astype(np.uint16))
b = np.ones(a.shape[-1:], dtype=np.int16)
show(np.asarray(a / b))
a = np.arange(16).reshape((4, 4)).astype(np.uint16).transpose((0, 1))
b = True
show(np.asarray(b + a))
a = np.arange(3).reshape((1, 3, 1, 1)).astype(np.float64).T
show(np.square(a))
a = np.arange(2).reshape((1, 2, 1)).astype(np.float64)
b = 3
show(np.add(a, b))
a = np.arange(16).reshape((4, 1, 2, 2)).astype(np.int32)
b = np.ones(a.shape[-1:], dtype=np.int16)
show(np.asarray(a / b))
a = np.arange(12).reshape((3, 4)).astype(np.int8).T
b = 2.5
show(np.asarray(a % b))
a = np.arange(12).reshape((1, 2, 3, 2)).astype(np.int8)[1:, 1:, 1:, :]
show(np.sqrt(a))
a = np.arange(6).reshape((1, 3, 2)).astype(np.uint16).T
b = np.ascontiguousarray(a.T).T
show(np.asarray(b / a))
a = np.arange(4).reshape((2, 2)).astype(np.float64)[::-1, :]
show(np.exp(a))
a = np.arange(36).reshape((3, 3, 2, 2)).astype(np.int64)[::2, 1:, ::2, 1:]
show(np.square(a))
a = np.arange(48).reshape((4, 1, 4, 3)).astype(np.int8)[::-1, :, ::-1, ::-1]
b = np.ascontiguousarray(a.T).T
show(np.maximum(a, b))
