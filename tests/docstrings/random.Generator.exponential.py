import numpy as np
scale, size = 4, 10000
rng = np.random.default_rng()
time_between_calls = rng.exponential(scale=scale, size=size)
x = ((time_between_calls < 5).sum())/size
y = ((time_between_calls < 4).sum())/size
