import numpy as np
import functools
def f(a):
    b = 2
    return eval("a + b")
f(1)
def sorted_locals(a):
    b = [a]
    def g():
        return b
    return sorted(locals())
sorted_locals(1)
def h():
    x = 1
    exec("x = 5; y = 7")
    print(x, sorted(locals().items()))
    return eval("x + y")
h()
def in_comp():
    y = 3
    return [eval("y") for _ in range(1)]
in_comp()
def with_dicts():
    z = 4
    return eval("z * 2"), eval("z", {"z": 9}), eval("q", None, {"q": 1})
with_dicts()
def arr_eval(v):
    scale = 10
    return eval("v * scale")
arr_eval(np.arange(3))
def free_vars():
    n = 5
    def inner():
        return eval("n + 1"), sorted(locals())
    return inner()
free_vars()
def lambda_in_exec():
    k = 3
    exec("double = lambda t: t * 2")
    return locals()["double"](k)
lambda_in_exec()
def unbound_in_locals():
    before = sorted(locals())
    later = 1
    return before, sorted(locals())
unbound_in_locals()
def vars_in_function():
    p = 'q'
    return vars()
vars_in_function()
def exec_def():
    exec("def sq(x):\n    return x * x")
    return locals()["sq"](4)
exec_def()
def gen_locals():
    i = 0
    yield sorted(locals())
    j = 1
    yield sorted(locals().items())
list(gen_locals())
locals(1)
globals(1)
c = compile("1 + 2", "<s>", "eval")
eval(c)
exec(c)
c2 = compile("xx = 3\nprint(xx * 2)", "f.py", "exec")
exec(c2)
xx
eval(c2)
c3 = compile("40 + 2", "<s>", "single")
exec(c3)
eval(c3)
c4 = compile("aa = 1", "<s>", "single")
eval(c4), aa
compile("1+", "<s>", "eval")
compile("x = 1", "<s>", "eval")
compile("x", "<s>", "bad")
compile("x = 1\ny = 2", "<s>", "single")
compile("x = 1", "<s>", 3)
c.co_filename, c2.co_filename, c.co_name
type(c)
def use_code(v):
    return eval(compile("v ** 2", "<expr>", "eval"))
use_code(7)
o = object()
type(o)
object
isinstance(3, object), isinstance(o, object), isinstance(np.arange(2), object), isinstance(None, object)
issubclass(int, object), issubclass(object, int), issubclass(ValueError, object)
o == o, o == object(), o is o, o != object()
isinstance(o, int)
object(1)
object(a=1)
{o: 1}[o]
o.y
callable(o), callable(object), bool(o)
MISSING = object()
def get(d, k, default=MISSING):
    if k in d:
        return d[k]
    if default is MISSING:
        raise KeyError(k)
    return default
get({'a': 1}, 'a'), get({}, 'b', None)
get({}, 'c')
@functools.lru_cache(typed=True)
def twice(x):
    print('miss', x)
    return x * 2
twice(1), twice(1.0), twice(1), twice(True)
twice.cache_info()
@functools.lru_cache(maxsize=None, typed=True)
def kind(x):
    return type(x).__name__
kind(1), kind(1.0), kind(True), kind(1)
kind.cache_info()
@functools.lru_cache(typed=False)
def untyped(x):
    return type(x).__name__
untyped(1), untyped(1.0), untyped.cache_info()
@functools.lru_cache(typed=True)
def kw(x, y=0):
    return (x, y)
kw(1, y=2), kw(1, y=2.0), kw.cache_info()
gd, ld = {}, {}
exec("global gx\ngx = 1\nly = 2", gd, ld)
sorted(k for k in gd if k != '__builtins__'), ld
def h2():
    exec("global hg2\nhg2 = 5\nlocal2 = 6")
    return 'hg2' in locals(), locals()['local2']
h2(), hg2
