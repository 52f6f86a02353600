import numpy as np
a = 3.
rng = np.random.default_rng()
s = rng.pareto(a, 10000)
x = np.linspace(0, 3, 50)
pdf = a / (x+1)**(a+1)
