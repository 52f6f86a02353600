# slice objects: attributes, indices(), equality and order, as CPython 3.11
import numpy as np
s = slice(1, 5, 2)
s.start, s.stop, s.step
slice(3).start, slice(3).stop, slice(3).step
slice(1, 10, 3).indices(5), slice(-3, None).indices(10)
slice(None, None, -1).indices(4), slice(10, -10, -3).indices(7)
slice(2 ** 100).indices(5), slice(True, 3).indices(5), slice(-2 ** 80, None, -1).indices(3)
slice(np.int64(1), 3).indices(5), slice(None).indices(0)
slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) != slice(1, 3)
slice(1, 2) < slice(1, 3), slice(0, 5) > slice(0, 4, 1), slice(1, 2) <= slice(1, 2)
slice(1, 2) == (1, 2), slice(1, 2) in [slice(1, 2)], [slice(1, 2)].index(slice(1, 2))
{1: slice(1)}[1], s
t = (0, 10, 3); list(range(*slice(*t).indices(6)))
"abcdefgh"[slice(1, 6, 2)], list(range(10))[slice(None, None, -3)]
slice(1, 2, 0).indices(3)
slice(1).indices(-1)
slice(1.5).indices(3)
slice(1, 2).indices()
slice(1, 2).indices(1, 2)
slice(1, 2).indices("a")
hash(slice(1))
slice(1, 2) < slice(None)
slice(1).nothing
