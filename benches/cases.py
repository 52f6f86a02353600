"""The benchmark rows: each one a setup, a statement repeated `reps` times, and the bytes
the statement must touch at least (for GB/s). `benches/run.py` writes every row as a pair
of scripts in `benches/scripts/` -- NAME.py (setup + statements) and NAME.setup.py (setup
only) -- that are valid Python and valid arrsh at once, so the same file runs in both.

Data come from `np.linspace`/`np.ones` (cheap to make, so the setup twin's run-to-run noise
stays small against the timed statements) except where the values matter (the
permutation, the matrices).

`ne` is the expression `numexpr.evaluate` computes for the fused rows (a second anchor).
"""

MB = 1e6


def row(name, label, setup, op, reps, nbytes=0.0, ne=None, lines=False):
    return dict(name=name, label=label, setup=setup, op=op, reps=reps, nbytes=nbytes,
                ne=ne, lines=lines)


RNG = "rng = np.random.default_rng(0)"

ROWS = [
    row("iadd_u8", "`x += 10` (uint8 1e8)",
        ["x = np.ones(10**8, np.uint8)"], "x += 10", 20, 2e8),
    row("add_u8", "`x = x + 10` (uint8 1e8)",
        ["x = np.ones(10**8, np.uint8)"], "x = x + 10", 10, 2e8),
    row("add_f64", "`y = x + 1.0` (f64 2e7)",
        ["x = np.linspace(0.5, 2.0, 2 * 10**7)"], "y = x + 1.0", 20, 3.2e8),
    row("strided_imul", "`x[::2, ::3] *= 2.0` (f64 4000²)",
        ["x = np.ones((4000, 4000))"], "x[::2, ::3] *= 2.0", 10, 2 * 8 * 4000 * 4000 / 6),
    row("transpose_copy", "`y = x.T.copy()` (f64 4000²)",
        ["x = np.linspace(0.5, 2.0, 4000 * 4000).reshape(4000, 4000)"], "y = x.T.copy()", 10, 2 * 8 * 4000 * 4000),
    row("astype_f32", "`y = x.astype(np.float32)` (uint8 5e7)",
        ["x = np.ones(5 * 10**7, np.uint8)"], "y = x.astype(np.float32)", 10, 5 * 5e7),
    row("sum_full", "`s = x.sum()` (f64 5e7)",
        ["x = np.linspace(0.5, 2.0, 5 * 10**7)"], "s = x.sum()", 20, 8 * 5e7),
    row("sum_axis0", "`s = x.sum(axis=0)` (f64 5000²)",
        ["x = np.linspace(0.5, 2.0, 5000 * 5000).reshape(5000, 5000)"], "s = x.sum(axis=0)", 20, 8 * 25e6),
    # `np.ones`, not `linspace`: this statement is short enough that the linspace setup's
    # run-to-run noise outweighed 20 of them (a negative time in one table).
    row("sum_axis1", "`s = x.sum(axis=1)` (f64 5000²)",
        ["x = np.ones((5000, 5000))"], "s = x.sum(axis=1)", 40, 8 * 25e6),
    row("gather_perm", "`y = x[idx]` (int64 1e7, permutation)",
        [RNG, "x = np.arange(10**7)", "idx = rng.permutation(10**7)"], "y = x[idx]", 5,
        3 * 8e7),
    row("mask_select", "`y = x[x % 3 == 0]` (int64 1e7)",
        ["x = np.arange(10**7)"], "y = x[x % 3 == 0]", 5, 8e7 + 1e7 + 8e7 / 3),
    row("sqrt", "`y = np.sqrt(x)` (f64 2e7)",
        ["x = np.linspace(0.5, 2.0, 2 * 10**7)"], "y = np.sqrt(x)", 20, 3.2e8),
    row("exp", "`y = np.exp(x)` (f64 2e7)",
        ["x = np.linspace(0.5, 2.0, 2 * 10**7)"], "y = np.exp(x)", 10, 3.2e8),
    row("poly", "`y = 2*x**2 + 3*x + 1` (f64 2e7)",
        ["x = np.linspace(0.5, 2.0, 2 * 10**7)"], "y = 2*x**2 + 3*x + 1", 10, 3.2e8,
        ne="2*x**2 + 3*x + 1"),
    row("abcd", "`y = a*b + c*d` (f64 1e7 each)",
        ["a = np.linspace(0.5, 2.0, 10**7)", "b = a + 1.0", "c = a + 2.0", "d = a + 3.0"], "y = a*b + c*d", 10, 4e8, ne="a*b + c*d"),
    row("hypot", "`r = np.sqrt(x**2 + y**2)` (f64 1e7)",
        ["x = np.linspace(0.5, 2.0, 10**7)", "y = x + 1.0"], "r = np.sqrt(x**2 + y**2)",
        10, 2.4e8, ne="sqrt(x**2 + y**2)"),
    row("matmul", "`c = a @ b` (f64 1000²)",
        [RNG, "a = rng.random((1000, 1000))", "b = rng.random((1000, 1000))"], "c = a @ b",
        5, 3 * 8e6),
    # Issue 13's rows. 50 solves (and 100 of each Python-container row below): with 5 or
    # 10, a row of about a millisecond drowned in its setup twin's noise (a round's NumPy
    # time came out negative).
    row("linalg_solve", "`x = np.linalg.solve(a, b)` (f64 500²)",
        [RNG, "a = rng.random((500, 500)) + 500 * np.eye(500)", "b = rng.random(500)"],
        "x = np.linalg.solve(a, b)", 50, 8 * 500 * 500),
    # 200 repetitions: one product takes ~1 ms in NumPy, so 5 of them drowned in the
    # setup twin's run-to-run noise (the paired ratio and the medians disagreed).
    row("einsum_matmul", "`c = np.einsum('ij,jk->ik', a, b)` (f64 100²)",
        [RNG, "a = rng.random((100, 100))", "b = rng.random((100, 100))"],
        "c = np.einsum('ij,jk->ik', a, b)", 200, 3 * 8e4),
    row("median", "`m = np.median(x)` (f64 1e7)",
        [RNG, "x = rng.random(10**7)"], "m = np.median(x)", 3, 8e7),
    row("unique", "`u = np.unique(x)` (int64 1e7, 10^6 distinct)",
        [RNG, "x = rng.integers(0, 10**6, size=10**7)"], "u = np.unique(x)", 3, 8e7),
    row("view_lines", "10^5 lines `y = x[4:100:5]`",
        ["x = np.arange(1000)"], "y = x[4:100:5]", 10**5, lines=True),
    row("small_add_lines", "10^5 lines `b = a + 1` (10 elements)",
        ["a = np.arange(10)"], "b = a + 1", 10**5, lines=True),
    row("dict_build", "`d = dict(zip(keys, keys))` (10^5 int keys)",
        ["keys = list(range(10**5))"], "d = dict(zip(keys, keys))", 100),
    row("set_build", "`s = set(keys)` (10^5 int keys)",
        ["keys = list(range(10**5))"], "s = set(keys)", 100),
    row("str_set_build", "`s = set(words)` (10^5 strings)",
        ["words = list(map(str, range(10**5)))"],
        "s = set(words)", 100),
    row("sorted_list", "`y = sorted(keys)` (10^5 ints, descending)",
        ["keys = list(range(10**5, 0, -1))"], "y = sorted(keys)", 100),
    row("startup", "start-up (`import numpy as np`)", [], None, 1),
]
