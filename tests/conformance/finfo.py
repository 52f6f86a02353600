import numpy as np
np.iinfo(np.int8)
print(np.iinfo(np.int8))
np.iinfo(np.uint64)
np.iinfo(np.int64).max
np.iinfo(np.int64).min
np.iinfo('i4').bits
np.iinfo(np.dtype('u2'))
np.iinfo(np.uint16).kind
np.iinfo(np.int16).dtype
np.iinfo(int)
np.iinfo(3)
np.iinfo(np.int8(3))
np.iinfo(np.bool_)
np.iinfo(np.float64)
np.iinfo("x")
type(np.iinfo(np.int8))
type(np.finfo(np.float32))
np.finfo(np.float16)
np.finfo(np.float32)
np.finfo(np.float64)
np.finfo(float)
np.finfo(np.complex64)
np.finfo(np.complex128).dtype
np.finfo(1.0)
np.finfo(np.int64)
np.finfo(3)
print(np.finfo(np.float16))
print(np.finfo(np.float32))
print(np.finfo(np.float64))
f = np.finfo(np.float16)
f.eps, f.epsneg, f.max, f.min, f.tiny, f.smallest_normal, f.smallest_subnormal, f.resolution, f.precision, f.bits, f.dtype, f.iexp, f.maxexp, f.minexp, f.negep, f.nexp, f.nmant, f.machep
f = np.finfo(np.float32)
f.eps, f.epsneg, f.max, f.min, f.tiny, f.smallest_normal, f.smallest_subnormal, f.resolution, f.precision, f.bits, f.dtype, f.iexp, f.maxexp, f.minexp, f.negep, f.nexp, f.nmant, f.machep
f = np.finfo(np.float64)
f.eps, f.epsneg, f.max, f.min, f.tiny, f.smallest_normal, f.smallest_subnormal, f.resolution, f.precision, f.bits, f.dtype, f.iexp, f.maxexp, f.minexp, f.negep, f.nexp, f.nmant, f.machep
np.finfo(np.float32).eps * 2
1 + np.finfo(float).eps > 1
np.finfo(np.float64).foo
str(np.iinfo(np.uint8))
