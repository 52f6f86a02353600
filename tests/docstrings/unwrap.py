import numpy as np
import numpy as np
phase = np.linspace(0, np.pi, num=5)
phase[3:] += np.pi
phase
np.unwrap(phase)
np.unwrap([0, 1, 2, -1, 0], period=4)
np.unwrap([ 1, 2, 3, 4, 5, 6, 1, 2, 3], period=6)
np.unwrap([2, 3, 4, 5, 2, 3, 4, 5], period=4)
phase_deg = np.mod(np.linspace(0 ,720, 19), 360) - 180
np.unwrap(phase_deg, period=360)
t = np.linspace(0, 25, 801)
w = np.mod(1.5 * np.sin(1.1 * t + 0.26) * (1 - t / 6 + (t / 23) ** 3), 2.0) - 1
u = np.unwrap(w, period=2.0)
