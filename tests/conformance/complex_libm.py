import numpy as np
vals = [0.3+0.4j, -1.7+2.2j, 2.5-0.6j, -0.05-3.1j, 4.75+1e-12j, 1e-9+2j, -3+0j, 2+0j, 0.5+0j, -2-0j, 2-0j, 1+0j, -1+0j, 1j, -1j, 0j, -0j, complex(0, -0.0), 3j, -3j, 1e10+3j, -7e5-2e5j, 350+1j, 710+0.5j, -800+2j, 1e-310+1e-310j, 1e300+1e300j, complex(np.inf, 0), complex(-np.inf, 1), complex(0, np.inf), complex(1, -np.inf), complex(np.inf, np.inf), complex(np.nan, 0), complex(0, np.nan), complex(np.nan, np.inf), complex(-np.inf, np.nan)]
z = np.array(vals)
z32 = z.astype(np.complex64)
names = ['sqrt', 'exp', 'log', 'log2', 'log10', 'exp2', 'expm1', 'log1p', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'arcsin', 'arccos', 'arctan', 'arcsinh', 'arccosh', 'arctanh']
with np.errstate(all='ignore'):
    for name in names:
        print(name, getattr(np, name)(z).tolist())
with np.errstate(all='ignore'):
    for name in names:
        print(name, getattr(np, name)(z32).tolist())
np.arccos(np.array([2+0j, -2+0j, 0.5+0j]))
np.arcsin(np.array([2+0j, -2+0j]))
np.arctanh(np.array([2+0j, -2+0j]))
np.arccosh(np.array([0.5+0j, -2+0j]))
np.log2(np.array([-8+0j, 1j])), np.log10(-100+0j)
np.sin(1+1j), np.cos(1+1j), np.tan(1+1j)
np.tan(np.complex64(1+1j)), np.arcsinh(np.complex64(-2j))
np.emath.log2(-8), np.emath.arccos(2), np.emath.arcsin(-3), np.emath.arctanh([0.5, 2])
np.emath.sqrt(-4), np.emath.log(-1), np.emath.logn(2, -8), np.emath.power(-2, 0.5)
np.power(np.array([2+1j, -3+0.5j, 1e-3j]), np.array([0.5, 1.5-2j, 2.5+0j])).tolist()
np.power(np.array([2+1j, -3+0.5j], dtype=np.complex64), np.complex64(0.5+0.25j)).tolist()
specials = [0j, 1+0j, -1+0j, 1j, -1j, 1000+0j, complex(0, 1000), complex(np.inf, 0), complex(np.nan, 0), complex(np.inf, np.inf), complex(0, np.inf)]
for name in names:
    for v in specials:
        with np.errstate(all='raise'):
            try:
                getattr(np, name)(np.complex128(v))
            except FloatingPointError as e:
                print(name, v, e)
for v in specials:
    with np.errstate(all='raise'):
        try:
            np.arctan(np.array([v], dtype=np.complex64))
        except FloatingPointError as e:
            print(v, e)
