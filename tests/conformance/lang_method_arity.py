# CPython's words for wrong calls of builtin types' methods (METH_NOARGS, METH_O, Argument Clinic, PyArg_ParseTuple)
cases = []
objs = {"str": "'abc'", "list": "[3, 1]", "dict": "{1: 2}", "set": "{1}", "bytes": "b'ab'", "tuple": "(1,)"}
meths = {
 "str": ["split","rsplit","splitlines","strip","lstrip","rstrip","replace","startswith","endswith","find","rfind","index","count","join","center","ljust","rjust","zfill","encode","partition","rpartition","upper","lower","title","capitalize","expandtabs","casefold","removeprefix","removesuffix","isdigit","format"],
 "list": ["append","extend","insert","pop","remove","index","count","sort","reverse","copy","clear"],
 "dict": ["keys","values","items","get","pop","update","setdefault","copy","clear","popitem"],
 "set": ["add","remove","discard","pop","union","intersection","difference","issubset","copy","clear","update"],
 "bytes": ["decode","hex","split","strip","replace","startswith","count","find","join"],
 "tuple": ["index","count"],
}
for t, ms in meths.items():
    o = objs[t]
    for m in ms:
        for a in ["()", "(1, 2, 3, 4)", "(zz=1)"]:
            cases.append(f"{o}.{m}{a}")
for c in cases:
    try:
        r = eval(c)
        print(c, "->", "ok")
    except Exception as e:
        print(c, "->", type(e).__name__, e)
    try:
        print(c, "->", repr(eval(c)))
    except Exception as e:
        print(c, "->", type(e).__name__, e)
print(b'ab'.center(6), b'ab'.center(5, b'*'), b'-5'.zfill(4), b'abc'.removeprefix(b'a'), b'abc'.removesuffix(b'c'), b'a\tb'.expandtabs(4), b'ab'.ljust(4, b'.'), b'ab'.rjust(4))
try: b'ab'.center(5, '*')
except Exception as e: print(type(e).__name__, e)
try: b'ab'.center(5, b'**')
except Exception as e: print(type(e).__name__, e)
b'\x01\x02\x03'.hex('-', 2), b'\x01\x02\x03'.hex('-', -2), b'\x01\x02\x03'.hex(':'), b'\x01\x02\x03'.hex(b'_', 1), b''.hex('-'), b'\x01\x02'.hex(sep='-', bytes_per_sep=5)
b'abc'.hex('-', 0), b'ab'.hex(bytes_per_sep=2)
b'ab'.hex('--')
b'ab'.hex(1)
b'ab'.hex('é')
for c in ['[].sort(key=1, reverse=1, zz=1)', '"a".split(sep=1, maxsplit=2, zz=3)', '"x".splitlines(keepends=True, zz=1)', '"a".encode("utf-8", 1)', '"a".encode(errors=None)', '"a".encode(encoding=1)', '(1).to_bytes(1, "big", signed=True, zz=1)', '"ab".ljust(1, "x", 3)', '{1}.symmetric_difference(1, 2)']:
    try:
        print(c, "->", repr(eval(c)))
    except Exception as e:
        print(c, "->", type(e).__name__, e)
