import numpy as np
eval("1 + 2")
eval("  3 * 4")
eval("(1 +\n 2)")
eval("[v * 2 for v in range(4)]")
x = 10
eval("x + 1")
eval("x + y", {"x": 1, "y": 2})
eval("x + y", {"x": 1}, {"y": 5})
eval("len('abc')", {})
eval("np.arange(3) * 2")
eval("a", {"a": np.ones(2)})
eval("1 +")
eval("x = 1")
eval("")
eval("1; 2")
eval("1/0")
eval("undefined_name")
eval(5)
eval("1", 5)
eval("1", {}, 5)
eval("len('a')", {"__builtins__": {}})
exec("z = 5")
z
exec("for i in range(3):\n    print(i)")
exec("def sq(v):\n    return v * v\nprint(sq(7))")
sq(3)
g = {}
exec("a = 1\nb = a + 1", g)
g['a'], g['b']
sorted(g)
type(g['__builtins__'])
g2 = {"k": 3}
loc = {}
exec("m = k * 2", g2, loc)
loc
'm' in g2
exec("1 +")
exec("if True:\nprint(1)")
exec("  x = 1")
exec("x = (1,\n2")
exec("raise ValueError('boom')")
exec("q = 1\nq += undefined")
q
exec(5)
exec("1", 5)
exec("print('ok')", None)
exec("print(x)", None, None)
r = exec("3")
print(r)
def f():
    return eval("x * 3")
f()
def h():
    exec("global hg\nhg = 42")
h()
hg
eval("lambda t: t + x")(1)
eval("1 if x else 2")
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e)
