import numpy as np
np.int64(2**70)
np.int64(-2**70)
np.int64(2**63)
np.int32(2**40)
np.int32(2**63)
np.uint32(2**63)
np.uint64(2**64 - 1)
np.uint64(2**64)
np.uint64(-1)
np.float64(2**100)
np.float64(10**400)
np.array([2**64 - 1])
np.array([2**63])
np.array([2**70], dtype=np.int64)
np.array([2**70], dtype=float)
np.array([2**70], dtype=np.float32)
np.array([2**70], dtype=complex)
np.array([10**400], dtype=float)
np.array([2**70], dtype=bool)
np.arange(3) + 2**70
np.arange(3) * 2**64
np.int64(3) + 2**70
np.uint8(3) + 2**100
np.float64(1.5) * 2**70
np.array([1.5]) * 2**70
np.arange(3.0) + 10**400
np.int64(5) == 2**70
np.arange(3) < 2**70
np.array([1, 2]) == 2**100
x = np.arange(3)
x[2**63]
x[2**64 - 1]
x[2**64]
x[-2**63 - 1]
x[2**100]
x[-2**100]
