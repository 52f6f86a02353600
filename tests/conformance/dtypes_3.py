import numpy as np
# Dtype corners arrsh does not model yet (see docs/differences.md).
# --- non-native byte order: arrsh stores native (little-endian) data only
np.dtype('>i4')
np.dtype('>i4').str
np.dtype('>i4').byteorder
np.dtype('>i4') == np.dtype('<i4')
np.info(np.zeros(2, dtype='>i4'))
