//! What NumPy hides, shown: IPython-style magics (`%timeit`, `%time`, `%whos`). Help texts
//! (`help(x)`, `x?`, `np.info`) are text for values and live in `crate::format::help`.

pub mod magic;
