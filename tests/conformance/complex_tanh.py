import numpy as np
np.tanh((0, np.pi*1j, np.pi*1j/2))
np.tanh(np.array([1 + 1j, -2 + 0.5j, 0.5 - 3j, 20 + 1j, -400 + 2j, 800 - 0.25j, 1e-310 + 1e-310j]))
np.tanh(np.array([complex(np.inf, 2), complex(-np.inf, 0.5), complex(np.inf, np.nan), complex(np.nan, 0), complex(0, np.inf), complex(np.nan, np.nan), complex(2, np.inf)]))
np.tanh(np.array([1j, -1j, 0.5j], dtype=np.complex64))
