import numpy as np
def echo():
    while True:
        print((yield))
g = echo()
next(g)
g.send("hello")
g.send(42)
def plus_one():
    x = 10
    while True:
        y = (yield x) + 1
        print("got", y)
        x = y * 2
g = plus_one()
next(g)
g.send(1)
g.send(5)
def log(tag):
    print("eval", tag)
    return tag
def order():
    r = log("f")(log("a"), (yield "first"), log("b"))
    print("result", r)
def f3(a, b, c):
    return (a, b, c)
def order2():
    r = (lambda *a: a)(log("a"), (yield "first"), log("b"))
    print("r", r)
g = order()
next(g)
next(g, None)
g = order2()
next(g)
next(g, None)
def collect():
    lst = []
    while len(lst) < 3:
        lst.append((yield len(lst)))
    return lst
g = collect()
next(g), g.send("x"), g.send("y")
try:
    g.send("z")
except StopIteration as e:
    print(e.value)
def pairs():
    d = {"k": (yield 1), "j": (yield 2)}
    t = ((yield 3), (yield 4))
    print(d, t)
g = pairs()
next(g), g.send("a"), g.send("b"), g.send("c")
next(g, "end")
def short():
    a = (yield "q1") and (yield "q2")
    print("and:", a)
    b = (yield "q3") or (yield "q4")
    print("or:", b)
g = short()
next(g)
g.send(0)
g.send(1)
g.send(7)
g = short()
next(g)
g.send(5)
g.send(6)
next(g, None)
def cond():
    v = (yield "c") if (yield "test") else "no"
    print("v", v)
g = cond()
next(g)
g.send(True)
next(g, "done")
g = cond()
next(g)
next(g, "done")
def ret():
    return (yield 1) * 3
g = ret()
next(g)
try:
    g.send(5)
except StopIteration as e:
    print("returned", e.value)
def branches():
    if (yield "a") == 1:
        print("one")
    elif (yield "b") == 2:
        print("two")
    else:
        print("other")
g = branches()
next(g), g.send(0)
next(g, "x")
g = branches()
next(g)
next(g, "x")
def loop():
    while (yield "more?"):
        print("again")
    print("stop")
g = loop()
next(g), g.send(1), g.send(1)
next(g, "end")
compile("def f():\n    x = [(yield i) for i in range(3)]", "<s>", "exec")
compile("def f():\n    x = {(yield i) for i in range(3)}", "<s>", "exec")
compile("def f():\n    x = {i: (yield i) for i in range(3)}", "<s>", "exec")
compile("def f():\n    x = ((yield i) for i in range(3))", "<s>", "exec")
compile("def f():\n    return [x for x in y if (yield)]", "<s>", "exec")
compile("print((yield))", "<s>", "exec")
compile("x = (yield) + 1", "<s>", "exec")
def sub():
    data = [10, 20, 30]
    print(data[(yield "index?")])
    print(-(yield "neg?"), not (yield "not?"))
g = sub()
next(g), g.send(2), g.send(4)
next(g, "end")
def thrower():
    try:
        x = 1 + (yield "in")
    except ValueError as e:
        print("caught", e)
        x = (yield "again")
    print("x", x)
g = thrower()
next(g)
g.throw(ValueError("bad"))
next(g, "fin")
def yf():
    r = (yield from [1, 2]) or "none"
    print("r", r)
list(yf())
def loc():
    a = 1
    b = (yield a) or 1
    print(sorted(locals()))
g = loc()
next(g)
next(g, None)
