import numpy as np
# Fails in arrsh (NotImplementedError): linalg on complex matrices; pad mode linear_ramp.
np.linalg.solve(np.eye(2)*1j, [1, 2])
np.linalg.inv(np.array([[1j, 0], [0, 2]]))
np.pad(np.array([1, 2, 3, 4, 5]), (2, 3), "linear_ramp", end_values=(5, -4))
