import numpy as np
try:
    {"a": 1}["b"]
except KeyError as e:
    print(e, repr(e), e.args)
try:
    raise Exception("generic", 42)
except Exception as e:
    print(e.args, e, repr(e))
e = ValueError()
e.args, str(e), repr(e)
e = ValueError(3)
e.args, str(e), repr(e)
def convert(s):
    try:
        return int(s)
    except ValueError as err:
        raise TypeError("not a number") from err
try:
    convert("y")
except TypeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    raise ValueError("no cause") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, e.__context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e.__context__), e.__cause__)
isinstance(ValueError("x"), Exception)
isinstance(KeyError("x"), LookupError)
isinstance(KeyError("x"), (TypeError, IndexError))
issubclass(ValueError, Exception)
issubclass(KeyError, LookupError)
try:
    np.linalg.inv(np.zeros((2, 2)))
except np.linalg.LinAlgError as e:
    print(type(e).__name__, e, isinstance(e, ValueError))
np.linalg.LinAlgError
issubclass(np.linalg.LinAlgError, ValueError)
try:
    np.sum(np.zeros(3), axis=2)
except np.exceptions.AxisError as e:
    print(type(e).__name__, e)
try:
    np.sum(np.zeros(3), axis=2)
except IndexError as e:
    print("IndexError catches", type(e).__name__)
np.exceptions.AxisError
issubclass(np.exceptions.AxisError, IndexError)
try:
    {}.pop("missing")
except KeyError as ex:
    print(repr(ex), ex.args)
try:
    {1, 2}.remove(5)
except KeyError as ex:
    print(repr(ex))
try:
    raise KeyError("k")
except LookupError as e:
    print("base class catches:", repr(e), str(e))
