import numpy as np
# np.lexsort examples that need string arrays and np.testing (not in arrsh yet)
surnames =    ('Hertz',    'Galilei', 'Hertz')
first_names = ('Heinrich', 'Galileo', 'Gustav')
ind = np.lexsort((first_names, surnames))
ind
[surnames[i] + ", " + first_names[i] for i in ind]
np.testing.assert_equal(ind, ind)
