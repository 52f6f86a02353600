import numpy as np
# Byte order NumPy keeps (or not) in the results of everyday functions on big-endian arrays.
b = np.array([3, 1, 2, 3], dtype='>i4')
f = np.array([3.5, 1.0, 2.0, 0.5], dtype='>f8')
m = np.array([[3, 1], [2, 4]], dtype='>i4')
np.unique(b, return_index=True)[0].dtype
np.unique(b, return_counts=True)[0].dtype
np.unique(f, return_inverse=True)[0].dtype
[x.dtype for x in np.meshgrid(b, f)]
[x.dtype for x in np.meshgrid(b, f, sparse=True)]
[x.dtype for x in np.meshgrid(b, f, copy=False)]
np.extract(b > 1, b).dtype
np.compress([1, 0, 1], b).dtype
b.compress([1, 0, 1]).dtype
np.concatenate([b, b]).dtype
np.concatenate([f, f]).dtype
np.stack([b, b]).dtype
np.hstack([b, b]).dtype
np.vstack([b, b]).dtype
np.append(b, b).dtype
np.append(b, 1).dtype
np.where(b > 1, b, b).dtype
np.select([b > 1], [b]).dtype
np.choose([0, 0, 0, 0], [b]).dtype
np.take_along_axis(m, np.array([[0], [1]]), 1).dtype
np.tril(m).dtype
np.triu(m).dtype
np.clip(b, 1, 2).dtype
np.maximum(b, b).dtype
np.sort(b).dtype
np.partition(b, 1).dtype
np.resize(b, 6).dtype
np.pad(b, 1).dtype
np.flatnonzero(b).dtype
np.cumsum(b).dtype
np.diff(b).dtype
np.trim_zeros(b).dtype
np.ravel(m).dtype
m[[0, 1]].dtype
m[m > 1].dtype
b[::2].dtype
np.array(b).dtype
np.array([b, b]).dtype
np.asarray(b, order='F').dtype
np.copy(b).dtype
np.sort_complex(b).dtype
np.atleast_2d(b).dtype
np.column_stack([b, b]).dtype
np.dstack([b, b]).dtype
np.block([b, b]).dtype
np.tile(b, 2).dtype
np.repeat(b, 2).dtype
np.insert(b, 1, 9).dtype
np.delete(b, 1).dtype
np.roll(b, 1).dtype
np.split(b, 2)[0].dtype
np.array_split(b, 3)[0].dtype
np.full_like(b, 3).dtype
np.intersect1d(b, b).dtype
np.union1d(b, b).dtype
np.setdiff1d(b, b).dtype
np.setxor1d(b, b).dtype
np.unique_values(b).dtype
np.unique_counts(b).values.dtype
np.nan_to_num(f).dtype
np.real(f).dtype
np.imag(f).dtype
np.fix(f).dtype
np.abs(f).dtype
np.median(f).dtype
np.max(b).dtype
np.amax(m, axis=0).dtype
np.sum(b).dtype
np.ptp(b).dtype
np.percentile(f, 50).dtype
np.fliplr(m).dtype
np.rot90(m).dtype
np.broadcast_arrays(b, b)[0].dtype
np.ix_(b)[0].dtype
np.take(b, [0, 1]).dtype
np.squeeze(m).dtype
np.diagonal(m).dtype
np.trace(m).dtype
np.lexsort([b]).dtype
np.searchsorted(np.sort(b), 2).dtype
np.argsort(b).dtype
np.histogram(b)[0].dtype
np.ediff1d(b).dtype
np.flip(b).dtype
np.moveaxis(m, 0, 1).dtype
np.swapaxes(m, 0, 1).dtype
np.ascontiguousarray(b).dtype
b.T.dtype
m.diagonal().dtype
b.repeat(2).dtype
b.take([0]).dtype
b.max().dtype
b.clip(1, 2).dtype
b.sort()
b.dtype
b.byteswap().dtype
b.view('<i4').dtype
b.astype('<i4').dtype
b.round().dtype
f.round().dtype
f.round(1).dtype
b.cumsum().dtype
b.tolist()
b.item()
b.nonzero()[0].dtype
m.flatten().dtype
m.ravel().dtype
b.squeeze().dtype
b.reshape(2, 2).dtype
b.swapaxes(0, 0).dtype
b.conj().dtype
f.conjugate().dtype
b.real.dtype
f.imag.dtype
b.copy().dtype
b.min(initial=0).dtype
np.array(b, copy=True).dtype
np.asarray(b, dtype=b.dtype).dtype
np.empty_like(b).dtype
np.positive(b).dtype
np.piecewise(f, [f > 1], [0, 1]).dtype
np.interp(f, f, f).dtype
