# str search, affixes, indexing and iteration read the text in place; reversed(list)
# and iter(tuple) are lazy -- answers as CPython's, ASCII and not, with bounds.
s = "abracadabra"
u = "héllo wörld, héllo"
s.find("bra"), s.rfind("bra"), s.index("cad"), s.rindex("a"), s.count("a"), s.count("")
s.find("a", 1), s.find("a", -3), s.find("a", 4, 6), s.rfind("a", 0, 5), s.count("a", 2, -2)
s.find("", 11), s.find("", 12), s.rfind(""), s.count("", 5), s.count("", 20), s.find("z")
u.find("é"), u.rfind("é"), u.find("ö", 8), u.count("l"), u.count("llo", 3), u.index("w")
u.find("", 5), u.rfind("l", 0, -3), u.find("x"), u.count("é", -5), u.rfind("é", 0, 3)
s.startswith("abr"), s.startswith("bra", 1), s.startswith("a", 11), s.startswith("", 11), s.startswith("", 12)
s.endswith("bra"), s.endswith("cad", 0, 7), s.endswith(("x", "ra")), s.startswith(("c", "b"), 1, 3)
u.startswith("hé"), u.endswith("llo"), u.startswith("llo", 2), u.endswith("wö", 0, 8), u.startswith("ö", 7, 8)
u[1], u[-1], u[-7], u[2:9], u[-5:], u[::3], u[::-2], u[5:2], u[3:3], u[100:], u[-100:3]
"日本語テキスト"[2], "日本語テキスト"[1:4], "日本語テキスト"[-2:]
list(u[:6]), [c for c in "añb"], next(iter("é")), list(iter(()))
it = iter("ab"); next(it), next(it), next(it, "end")
t = (1, 2, 3); it = iter(t); next(it), list(it), list(it)
l = [1, 2, 3, 4]; r = reversed(l); next(r), list(r), list(r)
l = [1, 2, 3, 4]; r = reversed(l); l.append(5); list(r)
l = [1, 2, 3, 4]; r = reversed(l); next(r); l.clear(); list(r)
l = [1, 2, 3, 4]; r = reversed(l); next(r); del l[1:]; list(r)
type(reversed([1])).__name__, type(iter((1,))).__name__, type(iter("a")).__name__, type(iter("é")).__name__
s.find(3)
s.count("a", "x")
u.index("zz")
s.rindex("q", 2)
