#!/usr/bin/env python3
"""Write src/numpy/ufunc/table.rs: for every ufunc in NumPy 2.4.6's namespace, the
attributes NumPy reports on this platform (`nin`, `nout`, `identity`, `types`,
`signature`), so `np.add.types` etc. print what NumPy prints. Re-run after a NumPy
upgrade: python3 tools/gen_ufunc_table.py
"""

import os

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def identity(v):
    if v is None:
        return "Ident::None"
    if isinstance(v, bool):
        return "Ident::Bool(%s)" % ("true" if v else "false")
    if isinstance(v, int):
        return "Ident::Int(%d)" % v
    f = float(v)
    if f == float("-inf"):
        return "Ident::Float(f64::NEG_INFINITY)"
    if f == float("inf"):
        return "Ident::Float(f64::INFINITY)"
    return "Ident::Float(%r)" % f


def main():
    ufuncs = sorted({u.__name__: u for u in vars(np).values() if isinstance(u, np.ufunc)}.items())
    out = ["//! NumPy 2.4.6's ufunc attributes on this platform, written by",
           "//! `tools/gen_ufunc_table.py` (do not edit): name, `nin`, `nout`, `identity`,",
           "//! `types` (NumPy's loop signatures in order) and the gufunc `signature`.",
           "",
           "/// A ufunc's `identity`.",
           "#[derive(Clone, Copy)]",
           "pub enum Ident {",
           "    None,",
           "    Bool(bool),",
           "    Int(i64),",
           "    Float(f64),",
           "}",
           "",
           "pub struct UfuncInfo {",
           "    pub name: &'static str,",
           "    pub nin: usize,",
           "    pub nout: usize,",
           "    pub identity: Ident,",
           "    pub types: &'static [&'static str],",
           "    pub signature: Option<&'static str>,",
           "}",
           "",
           "pub const UFUNCS: &[UfuncInfo] = &["]
    for name, u in ufuncs:
        sig = "None" if u.signature is None else "Some(%s)" % ('"' + u.signature + '"')
        types = ", ".join('"%s"' % t for t in u.types)
        out.append("    UfuncInfo {")
        out.append('        name: "%s",' % name)
        out.append("        nin: %d," % u.nin)
        out.append("        nout: %d," % u.nout)
        out.append("        identity: %s," % identity(u.identity))
        out.append("        types: &[%s]," % types)
        out.append("        signature: %s," % sig)
        out.append("    },")
    out.append("];")
    path = os.path.join(ROOT, "src", "numpy", "ufunc", "table.rs")
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")
    print(path, len(ufuncs))


if __name__ == "__main__":
    main()
