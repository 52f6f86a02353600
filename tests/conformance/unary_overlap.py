# Unary float loops without flags write straight to the output: overlapping input and
# output views (shifted, transposed) still give what NumPy gives.
import numpy as np
x = -np.arange(10.0); np.abs(x[1:], out=x[:-1]); x
x = -np.arange(10.0); np.abs(x[:-1], out=x[1:]); x
x = -np.arange(3000.0); np.floor(x[:-1] / 3, out=x[1:]); x[:5], x[-3:]
x = -np.arange(3000.0); np.negative(x[:-7], out=x[7:]); x[:10], x[-3:]
x = np.arange(12.0).reshape(3, 4) - 5; np.abs(x.T, out=x); x
