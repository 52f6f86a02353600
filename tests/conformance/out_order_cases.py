import numpy as np
f = np.asfortranarray(np.arange(12.).reshape(3,4)) - 5
t = np.arange(24.).reshape(2,3,4).transpose(2,0,1)
i = np.asfortranarray(np.arange(12).reshape(3, 4))
z = np.arange(8).reshape(2,4)
(z.T * 3).strides, np.multiply(z.T, np.array(3).reshape(1,1)).strides, (f + z.T.T).strides, (f + z[:, :1].T.T[:1]).strides
np.sqrt(z.T).strides, (-z.T).strides, z.T.astype(np.float32).strides, (z.T + z.T).strides, (z.T > 1).flags
(f + 1).flags, np.exp(f).flags.f_contiguous, np.add(f, 1, dtype=np.float32).strides, np.add(f, 1, out=np.empty((3, 4))).strides
a = np.asfortranarray(np.ones((3,4,1), bool))
np.multiply(a, a).strides, np.multiply(a, np.asfortranarray(np.ones((3,4,1), np.int8))).strides, np.multiply(a, 2).strides, np.sqrt(a).strides
np.multiply(a, a[:, :1]).strides, np.add(a, np.ones(1)).strides, np.multiply(a.astype(float), np.int8(2)).strides, np.multiply(a.astype(float), True).strides
b = np.ones((3,4,1)).transpose(1,0,2)
b.strides, np.exp(b).strides, (b + b).strides, (b + b[:, :1]).strides
for x in [f, t, i.T, t[::-1, :, ::2]]:
    print([r.strides for r in np.divmod(x, 3)], [r.strides for r in np.modf(x * 1.0)], [r.strides for r in np.frexp(x * 1.0)])
    print(np.clip(x, 0, 3).strides, np.where(x > 0, x, 0).strides, np.where(x > 0, 1, x.T.T).strides, np.round(x, 1).strides, np.around(x).strides, np.round(x, -1).strides, np.conj(x).strides)
    print(np.isclose(x, 1).strides, np.nan_to_num(x).strides, (x > 2).strides, np.abs(x).strides, x.round().strides, np.fix(x).strides)
    print(np.maximum(x, 1).strides, x.clip(0).strides, np.positive(x).strides, (x ** 2).strides, (x**3).strides)
    print(np.copy(x).strides, x.copy().strides, np.array(x).strides, x.astype(int).strides, np.zeros_like(x).strides, np.empty_like(x).strides, np.ones_like(x).strides, np.full_like(x, 2).strides, np.zeros_like(x, order='C').strides, np.ones_like(x, shape=(2, 6)).strides)
    print((x + x.T.T).strides, np.add(x, 1, dtype=np.float32).strides, np.true_divide(x, 2).strides, np.logical_and(x, 1).strides, np.sin(x).strides)
np.where(t > 3, t, 0)
np.divmod(i.T, 5)
np.round(f, 1)
np.full_like(t, 7)
[(np.sort(x, axis=0).strides, np.sort(x).strides, np.argsort(x, axis=1).strides, np.sort(x, axis=None).strides) for x in [f, t, t[::-1, :, ::2], i.T]]
[(np.cumsum(x, axis=0).strides, np.cumprod(x, axis=-1).strides, np.cumsum(x, axis=1, dtype=np.float32).strides, np.cumsum(x).strides) for x in [f, t, t[::-1, :, ::2], i.T]]
g = np.arange(120.).reshape(2, 3, 4, 5).transpose(3, 1, 0, 2)
[(x.sum(axis=ax).strides, x.max(axis=ax, keepdims=True).strides, x.mean(axis=ax).strides, x.std(axis=ax).strides, np.all(x > 1, axis=ax).strides, x.prod(axis=ax, keepdims=True).strides) for x in [f, t, g, i.T] for ax in [0, -1, (0, 1)]]
[(np.concatenate([x, x]).strides, np.concatenate([x, x], axis=-1).strides, np.stack([x, x]).strides, np.stack([x, x], axis=-1).strides, np.vstack([x, x]).strides, np.hstack([x, x]).strides, np.concatenate([x, np.ones(x.shape)]).strides, np.concatenate([x, x.astype(np.float32)]).strides) for x in [f, t, g, i.T]]
np.concatenate([f, f], axis=1)
t.max(axis=-1)
