//! Python 3.11's own help text (pydoc, plain) for the builtin functions arrsh provides,
//! so `help(len)` and `len?` read as they do in Python.

/// `(name, text)`: what `help(name)` prints after its first "Help on ..." line.
pub const BUILTIN_DOCS: &[(&str, &str)] = &[
    ("print", "\nprint(*args, sep=' ', end='\\n', file=None, flush=False)\n    Prints the values to a stream, or to sys.stdout by default.\n\n    sep\n      string inserted between values, default a space.\n    end\n      string appended after the last value, default a newline.\n    file\n      a file-like object (stream); defaults to the current sys.stdout.\n    flush\n      whether to forcibly flush the stream.\n"),
    ("len", "\nlen(obj, /)\n    Return the number of items in a container.\n"),
    ("id", "\nid(obj, /)\n    Return the identity of an object.\n\n    This is guaranteed to be unique among simultaneously existing objects.\n    (CPython uses the object's memory address.)\n"),
    ("repr", "\nrepr(obj, /)\n    Return the canonical string representation of the object.\n\n    For many object types, including most builtins, eval(repr(obj)) == obj.\n"),
    ("abs", "\nabs(x, /)\n    Return the absolute value of the argument.\n"),
    ("min", "\nmin(...)\n    min(iterable, *[, default=obj, key=func]) -> value\n    min(arg1, arg2, *args, *[, key=func]) -> value\n\n    With a single iterable argument, return its smallest item. The\n    default keyword-only argument specifies an object to return if\n    the provided iterable is empty.\n    With two or more arguments, return the smallest argument.\n"),
    ("max", "\nmax(...)\n    max(iterable, *[, default=obj, key=func]) -> value\n    max(arg1, arg2, *args, *[, key=func]) -> value\n\n    With a single iterable argument, return its biggest item. The\n    default keyword-only argument specifies an object to return if\n    the provided iterable is empty.\n    With two or more arguments, return the largest argument.\n"),
    ("sum", "\nsum(iterable, /, start=0)\n    Return the sum of a 'start' value (default: 0) plus an iterable of numbers\n\n    When the iterable is empty, return the start value.\n    This function is intended specifically for use with numeric values and may\n    reject non-numeric types.\n"),
    ("round", "\nround(number, ndigits=None)\n    Round a number to a given precision in decimal digits.\n\n    The return value is an integer if ndigits is omitted or None.  Otherwise\n    the return value has the same type as the number.  ndigits may be negative.\n"),
    ("isinstance", "\nisinstance(obj, class_or_tuple, /)\n    Return whether an object is an instance of a class or of a subclass thereof.\n\n    A tuple, as in ``isinstance(x, (A, B, ...))``, may be given as the target to\n    check against. This is equivalent to ``isinstance(x, A) or isinstance(x, B)\n    or ...`` etc.\n"),
];
