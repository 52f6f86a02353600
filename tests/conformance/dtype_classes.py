import numpy as np
a = np.arange(3.)
isinstance(a.dtype, np.dtype)
isinstance(np.dtype('i4'), np.dtype)
isinstance(np.dtype('>i4'), np.dtype)
isinstance(np.float64, np.dtype)
isinstance(1.0, np.dtype)
isinstance(a, np.dtype)
isinstance(a.dtype, (np.dtype, int))
type(a.dtype)
type(np.dtype('i4'))
type(np.dtype('>i4'))
type(np.dtype(bool))
type(np.dtype('c8'))
type(np.dtype('u2'))
type(np.dtype('f2'))
np.dtype
type(np.dtype)
type(a.dtype) is np.dtypes.Float64DType
type(a.dtype) == type(np.dtype('f8'))
isinstance(a.dtype, np.dtypes.Float64DType)
isinstance(a.dtype, np.dtypes.Int64DType)
issubclass(np.dtypes.Float64DType, np.dtype)
issubclass(type(a.dtype), np.dtype)
np.dtypes.Float64DType
np.dtypes.Int8DType
np.dtypes.BoolDType
np.dtypes.Complex128DType
np.dtypes.Float64DType()
np.dtypes.Int32DType()
type(a.dtype)()
np.dtype('f8').__class__
np.dtype.__name__
type(a.dtype).__name__
np.dtype(np.float32)
np.dtype('int16') == np.int16
