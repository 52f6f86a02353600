import numpy as np
try:
    1 / 0
except ZeroDivisionError:
    print("caught division")
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
    print(repr(e))
    print(type(e).__name__)
try:
    [1, 2][5]
except (KeyError, IndexError) as e:
    print("tuple of classes:", repr(e))
try:
    {"a": 1}["b"]
except KeyError as e:
    print(e, repr(e), e.args)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    np.arange(3) + np.arange(4)
except ValueError as e:
    print(e)
try:
    np.zeros(3)[7]
except IndexError as e:
    print(repr(e))
try:
    undefined_thing
except NameError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    x = 1
except Exception:
    print("never")
else:
    print("else runs when nothing was raised")
finally:
    print("finally always runs")
try:
    raise ValueError("bad value")
except ValueError as e:
    print("raised:", e)
finally:
    print("cleanup")
try:
    raise KeyError("k")
except LookupError as e:
    print("base class catches:", repr(e))
try:
    raise RuntimeError
except RuntimeError as e:
    print(repr(e), str(e) == "")
try:
    raise TypeError("first")
except TypeError:
    try:
        raise ValueError("second")
    except ValueError as e:
        print("inner:", e)
try:
    try:
        1 / 0
    finally:
        print("inner finally")
except ZeroDivisionError:
    print("outer except")
try:
    pass
except:
    print("never")
try:
    1 / 0
except:
    print("bare except")
try:
    raise ValueError("wrapped")
except ValueError as e:
    err = e
repr(err)
err.args
isinstance(err, Exception)
raise ValueError("uncaught at top level")
raise TypeError
raise IndexError("index out of range")
def check(x):
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x
check(3)
check(-2)
try:
    check(-5)
except ValueError as e:
    print("from function:", e)
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError("not a number") from e
convert("12")
convert("x")
try:
    convert("y")
except TypeError as e:
    print(repr(e), repr(e.__cause__))
try:
    raise ValueError("no cause") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
assert 1 + 1 == 2
assert 1 + 1 == 3
assert False, "with a message"
assert len([1, 2]) == 2, "not shown"
a = np.arange(3)
assert (a >= 0).all(), "negative values"
assert a.sum() > 10, f"sum is {a.sum()}"
try:
    assert False, "caught assert"
except AssertionError as e:
    print(repr(e))
def f():
    try:
        return "from try"
    finally:
        print("finally before return")
f()
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("finally", i)
g()
results = []
for v in [1, 0, 2]:
    try:
        results.append(10 / v)
    except ZeroDivisionError:
        results.append(None)
results
try:
    raise Exception("generic", 42)
except Exception as e:
    print(e.args, e)
try:
    np.array([1, 2]).reshape(3)
except ValueError as e:
    msg = str(e)
msg
try:
    np.linalg.inv(np.zeros((2, 2)))
except np.linalg.LinAlgError as e:
    print(type(e).__name__, e)
try:
    raise StopIteration
except StopIteration:
    print("stop")
try:
    next(iter([]))
except StopIteration as e:
    print("empty iterator", repr(e))
e = None
try:
    1 / 0
except ZeroDivisionError as e:
    pass
e
try:
    raise NotImplementedError("later")
except NotImplementedError as ex:
    print(ex)
try:
    raise ValueError
except ValueError as ex:
    print(type(ex), repr(ex))
try:
    float("nope")
except (TypeError, ValueError) as ex:
    print(ex)
try:
    {}.pop("missing")
except KeyError as ex:
    print(repr(ex))
try:
    raise OverflowError("too big")
except ArithmeticError as ex:
    print(repr(ex))
try:
    [].pop()
except IndexError as ex:
    print(ex)
raise ValueError("with", "two args")
raise KeyError("quoted in str")
