import numpy as np
import numpy as np
import functools
def conv(fld):
    return -float(fld[:-1]) if fld.endswith("-") else float(fld)
def conv(val):
    try:
        return float(val)
    except ValueError:
        return float.fromhex(val)
dtype = np.dtype([("label", "U12"), ("value", float)])
dtype = np.dtype([("label", "U12"), ("value", float)])
