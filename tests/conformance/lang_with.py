import numpy as np
x = np.array([1.0 / 3, 2.0 / 3, 10.0])
x
with np.printoptions(precision=2):
    print(x)
x
with np.printoptions(precision=3, suppress=True):
    print(np.array([1e-10, 1.5, 100.0]))
with np.printoptions(threshold=5):
    print(np.arange(10))
with np.printoptions(threshold=5, edgeitems=1):
    print(np.arange(10))
with np.printoptions(linewidth=20):
    print(np.arange(12))
with np.printoptions(sign="+"):
    print(np.array([1.0, -2.0]))
with np.printoptions(floatmode="fixed", precision=4):
    print(np.array([0.5, 1.25]))
with np.printoptions(formatter={"float": lambda v: f"<{v:.1f}>"}):
    print(np.array([1.25, 2.5]))
with np.printoptions(formatter={"int": lambda v: hex(v)}):
    print(np.arange(12, 16))
with np.printoptions(precision=1) as opts:
    print(opts["precision"])
np.get_printoptions()["precision"]
with np.printoptions(precision=2):
    x
with np.printoptions(precision=2):
    print(repr(x))
    print(str(x))
    print(f"{x}")
with np.printoptions(precision=2):
    with np.printoptions(suppress=True):
        print(np.array([1e-9, 0.123456]))
    print(np.array([1e-9, 0.123456]))
with np.printoptions(nosuchoption=1):
    print("never")
with np.printoptions(precision=2):
    raise ValueError("inside with")
np.get_printoptions()["precision"]
with np.errstate(divide="ignore"):
    r = np.array([1.0, 0.0]) / 0
r
with np.errstate(all="ignore"):
    print(np.log(np.array([-1.0, 0.0, 1.0])))
with np.errstate(divide="raise"):
    np.array([1.0]) / 0
with np.errstate(invalid="raise"):
    np.sqrt(np.array([-1.0]))
with np.errstate(over="raise"):
    np.array([1e308]) * 10
with np.errstate(divide="raise"):
    try:
        np.float64(1.0) / 0
    except FloatingPointError as e:
        print("caught:", e)
try:
    with np.errstate(all="raise"):
        np.array([0.0]) / np.array([0.0])
except FloatingPointError as e:
    print(repr(e))
with np.errstate(divide="ignore", invalid="ignore"):
    q = np.array([1.0, 0.0, -1.0]) / np.array([0.0, 0.0, 0.0])
q
with np.errstate(all="ignore"):
    old = np.geterr()
old
np.geterr()
with np.errstate(divide="warn") as prev:
    print(type(prev).__name__)
with np.errstate(divide="bogus"):
    pass
with np.errstate(all="raise"):
    np.array([1, 2]) // 0
with np.errstate(all="ignore"):
    z = np.array([1, 2]) // 0
z
with np.printoptions(precision=1), np.errstate(all="ignore"):
    print(np.array([1.0, -1.0]) / 0 + np.array([0.25, 0.75]))
with np.printoptions(precision=3):
    for v in [np.pi, np.e]:
        print(np.array([v]))
def show_short(a):
    with np.printoptions(precision=2):
        return str(a)
show_short(np.array([1.23456, 2.34567]))
with np.printoptions(legacy="1.13"):
    print(np.array([1.0, 2.5]))
with np.printoptions(precision=2):
    print(np.float64(1.23456))
    print(repr(np.float64(1.23456)))
with np.printoptions(precision=4):
    print(np.array2string(np.array([1.0 / 7])))
with np.printoptions(suppress=True):
    np.array([1e-12, 1.0])
with 5:
    pass
