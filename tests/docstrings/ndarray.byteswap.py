import numpy as np
import numpy as np
A = np.array([1, 256, 8755], dtype=np.int16)
list(map(hex, A))
A.byteswap(inplace=True)
list(map(hex, A))
A = np.array([b'ceg', b'fac'])
A.byteswap()
A = np.array([1, 2, 3],dtype=np.int64)
A.view(np.uint8)
A.view(A.dtype.newbyteorder()).byteswap(inplace=True)
A.view(np.uint8)
