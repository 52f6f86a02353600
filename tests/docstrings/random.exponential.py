import numpy as np
n = 10000
time_between_calls = np.random.default_rng().exponential(scale=4, size=n)
x = ((time_between_calls < 5).sum())/n
y = ((time_between_calls < 4).sum())/n
