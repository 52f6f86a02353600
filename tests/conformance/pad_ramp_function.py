import numpy as np
a = [1, 2, 3, 4, 5]
np.pad(a, (2, 3), 'linear_ramp', end_values=(5, -4))
np.pad(a, 3, 'linear_ramp')
np.pad(np.arange(6.0).reshape(2, 3), ((1, 2), (3, 1)), 'linear_ramp', end_values=((-1, 2), (10, 20)))
np.pad(np.arange(6).reshape(2, 3), 2, 'linear_ramp', end_values=7)
np.pad(np.arange(4, dtype=np.uint8), (3, 0), 'linear_ramp', end_values=255)
np.pad(np.arange(3, dtype=np.float32), (0, 4), 'linear_ramp', end_values=1.5)
np.pad(np.array([1 + 1j, 2]), 2, 'linear_ramp', end_values=(0, 5j))
np.pad(np.arange(3), 0, 'linear_ramp')
np.pad(np.zeros((0, 2)), 1, 'linear_ramp')
np.pad(a, 2, 'linear_ramp', stat_length=2)
def pad_with(vector, pad_width, iaxis, kwargs):
    pad_value = kwargs.get('padder', 10)
    vector[:pad_width[0]] = pad_value
    vector[-pad_width[1]:] = pad_value
a = np.arange(6).reshape((2, 3))
np.pad(a, 2, pad_with)
np.pad(a, 2, pad_with, padder=100)
np.pad(a, ((1, 0), (0, 2)), pad_with, padder=-1)
seen = []
def record(vector, pad_width, iaxis, kwargs):
    seen.append((vector.shape, pad_width.tolist(), iaxis, sorted(kwargs)))
    vector[:] = iaxis + 1
np.pad(np.ones((2, 2)), 1, record, a=1, b=2)
seen
def ramp(vector, pad_width, iaxis, kwargs):
    vector[:pad_width[0]] = np.arange(pad_width[0])
np.pad(np.arange(3), (3, 1), ramp)
np.pad(np.arange(3), 1, 5)
np.pad(np.arange(3), 1, 'nonsense')
np.pad(np.arange(3), 1, 'edge', end_values=3)
