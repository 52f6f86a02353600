# NumPy's formatter print option (set_printoptions / printoptions / array2string): the user's
# functions give each shown element's text wherever a value is shown (echo, print, str, repr,
# f-strings, % and str.format), with NumPy's errors for bad formatters.
import numpy as np
np.set_printoptions(formatter={'int': lambda x: hex(x)})
a = np.arange(3)
a
print(repr(a)); print(a); print([a, a]); print(repr(np.array(7))); print(str(np.array(7))); print(f"{a}", f"{a!r}")
print(np.arange(3.))
print(np.arange(2000))
np.arange(3, dtype=np.uint8)
print(np.get_printoptions()['formatter'] is not None)
{'k': a, 'j': (a, [a])}
np.set_printoptions(formatter={'all': lambda x: 'E'})
print(np.array([True, False]), np.array([1.5]), np.array([1+2j]))
np.zeros((2,2))
np.array2string(np.arange(3))
np.array2string(np.arange(3), formatter={'int': lambda x: 'i' + str(x)})
with np.printoptions(precision=3):
    print(np.array([1, 2]))
np.array([1, 2])
np.set_printoptions(formatter={'float': lambda x: 5})
np.array([1.5])
np.set_printoptions(formatter=5)
np.array([1.5])
np.set_printoptions(formatter={'float': lambda x: 1/0})
np.array([1.5])
np.set_printoptions(formatter={'float': '{:.3f}'.format})
print(np.array([1.5, 2]))
np.linspace(0, 1, 7).reshape(7, 1)
np.set_printoptions(formatter={'float_kind': lambda x: "%.2f" % x, 'float': None})
np.array([1.5, 2])
np.set_printoptions(formatter=None)
print(np.array([1.5]))
with np.printoptions(formatter={"float": lambda v: f"<{v:.1f}>"}):
    print(np.array([1.25, 2.5]))
np.array([1.25])
np.set_printoptions(formatter={'float': '{:.3f}'.format})
"%s" % np.array([1.5])
"%s and %r" % (np.array([1.5]), np.array([2.5]))
"{} {x}".format(np.array([2.5]), x=np.array([3.5]))
"{a}".format_map({'a': np.array([4.5])})
str(np.array([1.5]))
repr([np.array([1.5]), 1.5])
np.array(2.5)
str(np.array(2.5))
np.float64(2.5)
np.set_printoptions(formatter={'int': lambda x: 'i'})
np.arange(3).reshape(1, 3, 1)
np.arange(30).reshape(3, 10)
np.set_printoptions(linewidth=20, formatter={'int': lambda x: 'long' + str(x)})
np.arange(8)
np.set_printoptions()
np.arange(3)
# Leaving np.printoptions restores every option as it was given, threshold included.
with np.printoptions(threshold=5, formatter={'int': lambda x: 't'}):
    print(np.arange(10))
np.get_printoptions()['threshold'], np.get_printoptions()['formatter']
np.set_printoptions(threshold=1e3)
np.get_printoptions()['threshold']
with np.printoptions(threshold=7):
    np.get_printoptions()['threshold']
np.get_printoptions()['threshold']
np.set_printoptions(threshold=1000)
# array2string's own threshold/edgeitems choose the elements its formatter is called on.
np.array2string(np.arange(20), threshold=5, edgeitems=2, formatter={'int': lambda x: 'v' + str(x)})
np.set_printoptions(threshold=5, edgeitems=1)
np.array2string(np.arange(20), threshold=100, formatter={'int': lambda x: 'v' + str(x)})
np.set_printoptions(threshold=1000, edgeitems=3)
