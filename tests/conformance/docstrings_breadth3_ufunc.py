import numpy as np
# np.ufunc.reduceat: 5 examples (1 multi-line or excluded left out)
np.add.reduceat(np.arange(8),[0,4, 1,5, 2,6, 3,7])[::2]
x = np.linspace(0, 15, 16).reshape(4,4)
x
np.add.reduceat(x, [0, 3, 1, 2, 0])
np.multiply.reduceat(x, [0, 3], 1)
# np.ufunc.nin: 4 examples (1 multi-line or excluded left out)
np.add.nin
np.multiply.nin
np.power.nin
np.exp.nin
# np.ufunc.nout: 4 examples (1 multi-line or excluded left out)
np.add.nout
np.multiply.nout
np.power.nout
np.exp.nout
# np.ufunc.nargs: 4 examples (1 multi-line or excluded left out)
np.add.nargs
np.multiply.nargs
np.power.nargs
np.exp.nargs
# np.ufunc.identity: 4 examples (1 multi-line or excluded left out)
np.add.identity
np.multiply.identity
print(np.power.identity)
print(np.exp.identity)
# np.ufunc.ntypes: 5 examples (1 multi-line or excluded left out)
np.add.ntypes
np.multiply.ntypes
np.power.ntypes
np.exp.ntypes
np.remainder.ntypes
# np.ufunc.types: 4 examples (1 multi-line or excluded left out)
np.add.types
np.power.types
np.exp.types
np.remainder.types
# np.ufunc.signature: 3 examples (1 multi-line or excluded left out)
np.matmul.signature
np.add.signature is None
[(f.__name__, f.nin, f.nout, f.nargs, f.identity, f.ntypes) for f in (np.add, np.subtract, np.multiply, np.divide, np.maximum, np.minimum, np.logical_and, np.logical_or, np.bitwise_and, np.bitwise_xor, np.sin, np.exp, np.sqrt, np.absolute, np.negative, np.divmod, np.modf, np.frexp, np.matmul, np.logaddexp, np.hypot, np.gcd, np.lcm, np.isnan, np.arctan2, np.power, np.remainder, np.heaviside)]
np.abs.__name__
np.add.types
np.sin.types
np.divmod.types
np.matmul.signature
np.add.signature
np.add.reduceat(np.arange(8, dtype=np.int8), [0, 4, 1, 5, 7])
np.multiply.reduceat(np.arange(1, 9, dtype=np.int16), [0, 4, 1, 5, 7])
np.add.reduceat(np.arange(16.).reshape(4, 4), [0, 2], axis=1)
np.add.reduceat(np.arange(8), [0, 8])
np.add.reduceat(np.arange(8), [-1])
np.sin.reduceat(np.arange(8), [0])
np.add.reduceat(np.arange(8), [])
np.maximum.reduceat([True, False, True], [0, 2])
np.minimum.reduceat(np.array([3., 1., 2., 5.]), [1, 0, 3])
np.add.reduceat(np.arange(6).reshape(2, 3), [0, 1], axis=-1)
np.add.reduceat(np.arange(6).reshape(2, 3), [1], axis=2)
np.add.reduceat(np.arange(4), [0, 2], dtype=np.float32)
np.subtract.reduceat(np.arange(10), [2, 5, 5, 9])
