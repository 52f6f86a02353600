import numpy as np, sys
import numpy.linalg as la, numpy.fft
la.det(np.eye(3))
numpy.fft.fft(np.ones(4))
import numpy, math as m
m.sqrt(2), numpy.pi
from numpy import (sqrt,
    pi as PI,)
sqrt(PI)
sys.maxsize
sys.byteorder
sys.float_info.epsilon
sys.float_info.max
sys.float_info
sys.getsizeof(np.zeros((3, 4)))
sys.getsizeof(np.zeros((3, 4))[:, 1])
sys.getsizeof(np.float64(1))
sys.getsizeof(np.complex128(1))
sys.getsizeof(1.5), sys.getsizeof(True), sys.getsizeof(None)
sys.getsizeof(0), sys.getsizeof(2**30), sys.getsizeof(-2**100)
sys.getsizeof(""), sys.getsizeof("abc"), sys.getsizeof("é"), sys.getsizeof(b"ab")
sys.getsizeof(()), sys.getsizeof((1, 2)), sys.getsizeof(range(3))
import nosuchmodule
