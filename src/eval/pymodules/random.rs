//! Python's `random`: CPython's Mersenne Twister draw for draw, so a seeded script prints
//! what python3 prints. The generator core is NumPy's `Mt19937` (the same MT19937, with
//! `init_by_array` seeding, as `_randommodule.c`); this file is `Lib/random.py` over it:
//! the same calls to `random()` and `getrandbits(k)` in the same order, and arithmetic on
//! the caller's values through the interpreter's operators, as `random.py` does
//! (`uniform(1, 2)` is `1 + (2 - 1) * random()`, whatever types 1 and 2 are). Seeding is
//! in `random_seed`, the distributions computed in floats in `random_dists`. The module's
//! generator lives in the interpreter; `random.Random(x)` makes a generator of one's own,
//! with the same methods.

use super::random_dists::{gauss_z, normal_z, real_dist};
use super::random_seed::{seed_words, Seeding};
use crate::error::{PyErr, PyResult};
use crate::eval::interp::Interp;
use crate::eval::subscript::{getitem, setitem};
use crate::numpy::random::{BitGenerator, Mt19937};
use crate::value::args::Args;
use crate::value::bigint::{big_of, normalize};
use crate::value::convert::{to_f64, to_int, truthy};
use crate::value::ops::{BinOp, CmpOp};
use crate::value::{PyType, Value};
use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Signed, ToPrimitive};
use std::cell::RefCell;
use std::rc::Rc;

pub const NAMES: &[&str] = &[
    "betavariate",
    "choice",
    "choices",
    "expovariate",
    "gammavariate",
    "gauss",
    "getrandbits",
    "getstate",
    "lognormvariate",
    "normalvariate",
    "paretovariate",
    "randbytes",
    "randint",
    "random",
    "randrange",
    "sample",
    "seed",
    "setstate",
    "shuffle",
    "triangular",
    "uniform",
    "vonmisesvariate",
    "weibullvariate",
];

/// The most items `choices` and `sample` agree to draw (CPython would run out of memory
/// building the list): past it, a MemoryError.
const MAX_ITEMS: usize = 1 << 28;

/// The most bits `getrandbits` builds, arrsh's limit for an int (CPython's is a C int,
/// whose OverflowError comes first).
const MAX_BITS: u64 = 1 << 30;

/// Stop a long draw on Ctrl-C (checked every 4096 items).
fn check_interrupt(i: usize) -> PyResult<()> {
    if i % 4096 == 4095 && crate::interrupt::pending() && crate::interrupt::take() {
        return Err(PyErr::keyboard_interrupt(""));
    }
    Ok(())
}

/// A list of `k` draws: MemoryError past `MAX_ITEMS`.
fn draws(k: usize) -> PyResult<Vec<Value>> {
    if k > MAX_ITEMS {
        return Err(PyErr::memory(""));
    }
    Ok(Vec::with_capacity(k))
}

/// `random.Random`'s state: the twister and `gauss`'s spare draw.
#[derive(Clone, Debug)]
pub struct PyRandom {
    mt: Mt19937,
    pub(super) gauss_next: Option<f64>,
}

impl PyRandom {
    fn seeded(words: &[u32]) -> PyRandom {
        let mut mt = Mt19937::from_u32(0);
        mt.seed_array(words);
        PyRandom {
            mt,
            gauss_next: None,
        }
    }

    /// `random()`: 53 bits from two draws (`genrand_res53`, which NumPy's double is too).
    pub(super) fn random(&mut self) -> f64 {
        self.mt.next_double()
    }

    /// `getrandbits(k)` for `k <= 64`: whole 32-bit words, least significant first, the
    /// last one's low bits dropped.
    fn bits_u64(&mut self, k: u32) -> u64 {
        if k == 0 {
            return 0;
        }
        if k <= 32 {
            return u64::from(self.mt.next_u32() >> (32 - k));
        }
        let lo = u64::from(self.mt.next_u32());
        let hi = u64::from(self.mt.next_u32() >> (64 - k));
        (hi << 32) | lo
    }

    /// `getrandbits(k)` for any `k`, in the same word order.
    fn bits(&mut self, k: u64) -> BigUint {
        if k <= 64 {
            return BigUint::from(self.bits_u64(k as u32));
        }
        let mut words = Vec::with_capacity(k.div_ceil(32) as usize);
        let mut left = k;
        while left > 0 {
            let r = self.mt.next_u32();
            words.push(if left < 32 { r >> (32 - left) } else { r });
            left = left.saturating_sub(32);
        }
        BigUint::from_slice(&words)
    }

    /// `_randbelow_with_getrandbits(n)` for `n > 0`: `getrandbits(n.bit_length())` until
    /// one is below `n`.
    fn below_u64(&mut self, n: u64) -> u64 {
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.bits_u64(k);
            if r < n {
                return r;
            }
        }
    }

    fn below(&mut self, n: &BigUint) -> BigUint {
        if let Some(small) = n.to_u64() {
            return BigUint::from(self.below_u64(small));
        }
        loop {
            let r = self.bits(n.bits());
            if &r < n {
                return r;
            }
        }
    }

    fn below_usize(&mut self, n: usize) -> usize {
        self.below_u64(n as u64) as usize
    }
}

/// A generator as the module and `random.Random` instances share it.
pub type Gen = Rc<RefCell<PyRandom>>;

/// A generator seeded from the system's entropy, as the module's is at import and
/// `Random()`'s.
fn fresh() -> Gen {
    Rc::new(RefCell::new(PyRandom::seeded(
        &super::random_seed::entropy_words(),
    )))
}

/// The module's generator, made on first use.
fn module_gen(it: &mut Interp) -> Gen {
    it.py_random.get_or_insert_with(fresh).clone()
}

/// CPython's messages for a Python method's arguments, counting `self` as `random.py`'s
/// bound methods do (`Random.randint() takes 3 positional arguments but 4 were given`).
/// Names after a `*` are keyword-only.
fn bind(args: &Args, name: &str, params: &[&str], required: usize) -> PyResult<Vec<Option<Value>>> {
    let star = params
        .iter()
        .position(|p| *p == "*")
        .unwrap_or(params.len());
    let fname = format!("Random.{}", name);
    if args.pos.len() > star {
        let (n, r) = (star + 1, required + 1);
        return Err(PyErr::type_err(format!(
            "{}() takes {} positional argument{} but {} {} given",
            fname,
            if n == r {
                n.to_string()
            } else {
                format!("from {} to {}", r, n)
            },
            if n == 1 { "" } else { "s" },
            args.pos.len() + 1,
            if args.pos.len() + 1 == 1 {
                "was"
            } else {
                "were"
            }
        )));
    }
    let names: Vec<&str> = params.iter().copied().filter(|p| *p != "*").collect();
    let mut slots: Vec<Option<Value>> = vec![None; names.len()];
    for (slot, v) in slots.iter_mut().zip(&args.pos) {
        *slot = Some(v.clone());
    }
    for (k, v) in &args.kw {
        let Some(i) = names.iter().position(|p| p == k) else {
            return Err(PyErr::type_err(format!(
                "{}() got an unexpected keyword argument '{}'",
                fname, k
            )));
        };
        if slots[i].is_some() {
            return Err(PyErr::type_err(format!(
                "{}() got multiple values for argument '{}'",
                fname, k
            )));
        }
        slots[i] = Some(v.clone());
    }
    let missing: Vec<String> = (0..required)
        .filter(|&i| slots[i].is_none())
        .map(|i| format!("'{}'", names[i]))
        .collect();
    if !missing.is_empty() {
        let list = match missing.as_slice() {
            [one] => one.clone(),
            [a, b] => format!("{} and {}", a, b),
            [init @ .., last] => format!("{}, and {}", init.join(", "), last),
            [] => String::new(),
        };
        return Err(PyErr::type_err(format!(
            "{}() missing {} required positional argument{}: {}",
            fname,
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            list
        )));
    }
    Ok(slots)
}

fn arg(slots: &[Option<Value>], i: usize, default: Value) -> Value {
    slots.get(i).cloned().flatten().unwrap_or(default)
}

fn op(it: &mut Interp, o: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    it.binary(o, a, b)
}

fn py_len(it: &mut Interp, v: &Value) -> PyResult<usize> {
    let n = it.call(&Value::func("builtins.len"), Args::new(vec![v.clone()]))?;
    Ok(usize::try_from(to_int(&n)?).unwrap_or(usize::MAX))
}

fn int_value(u: BigUint) -> Value {
    normalize(BigInt::from_biguint(Sign::Plus, u))
}

/// `getrandbits(k)`'s argument: an index, non-negative.
fn bit_count(v: &Value) -> PyResult<u64> {
    let k = to_int(v)?;
    if k < 0 {
        return Err(PyErr::value("number of bits must be non-negative"));
    }
    if k > i128::from(i32::MAX) {
        return Err(PyErr::overflow("Python int too large to convert to C int"));
    }
    if k as u64 > MAX_BITS {
        return Err(PyErr::memory(""));
    }
    Ok(k as u64)
}

/// `randrange`'s `_index(x)`, falling back to `int(x)` as 3.11 still does: an integral
/// float passes with a DeprecationWarning, another value is `non-integer {what}`.
fn range_arg(it: &mut Interp, v: &Value, what: &str) -> PyResult<BigInt> {
    if let Some(b) = big_of(v) {
        return Ok(b);
    }
    if let Ok(i) = to_int(v) {
        return Ok(BigInt::from(i));
    }
    let as_int = it.call(&Value::Type(PyType::Int), Args::new(vec![v.clone()]))?;
    let differs = it.compare(CmpOp::Ne, &as_int, v)?;
    if truthy(&differs)? {
        it.warn(
            "DeprecationWarning",
            "randrange() will raise TypeError in the future",
        );
        return Err(PyErr::value(format!(
            "non-integer {} for randrange()",
            what
        )));
    }
    it.warn(
        "DeprecationWarning",
        "non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version",
    );
    big_of(&as_int).ok_or_else(|| PyErr::type_err("an integer is required"))
}

/// `randrange(start, stop=None, step=1)`; `step` is None when not passed (random.py tells
/// a passed 1 from the default by identity).
fn randrange(
    it: &mut Interp,
    g: &Gen,
    start: &Value,
    stop: Option<&Value>,
    step: Option<&Value>,
) -> PyResult<Value> {
    let istart = range_arg(it, start, "arg 1")?;
    let Some(stop) = stop.filter(|s| !matches!(s, Value::None)) else {
        if step.is_some() {
            return Err(PyErr::type_err("Missing a non-None stop argument"));
        }
        if istart.is_positive() {
            let r = g.borrow_mut().below(istart.magnitude());
            return Ok(int_value(r));
        }
        return Err(PyErr::value("empty range for randrange()"));
    };
    let istop = range_arg(it, stop, "stop")?;
    let width = &istop - &istart;
    let istep = match step {
        Some(s) => range_arg(it, s, "step")?,
        None => BigInt::from(1),
    };
    if istep == BigInt::from(1) {
        if width.is_positive() {
            let r = g.borrow_mut().below(width.magnitude());
            return Ok(normalize(istart + BigInt::from_biguint(Sign::Plus, r)));
        }
        return Err(PyErr::value(format!(
            "empty range for randrange() ({}, {}, {})",
            istart, istop, width
        )));
    }
    let n = if istep.is_positive() {
        num_integer::Integer::div_floor(&(&width + &istep - 1), &istep)
    } else if istep.is_negative() {
        num_integer::Integer::div_floor(&(&width + &istep + 1), &istep)
    } else {
        return Err(PyErr::value("zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(PyErr::value("empty range for randrange()"));
    }
    let r = g.borrow_mut().below(n.magnitude());
    Ok(normalize(
        istart + istep * BigInt::from_biguint(Sign::Plus, r),
    ))
}

/// `bisect.bisect_right(a, x, 0, hi)` with Python's `<`.
fn bisect(it: &mut Interp, a: &[Value], x: &Value, hi: usize) -> PyResult<usize> {
    let (mut lo, mut hi) = (0, hi);
    while lo < hi {
        let mid = (lo + hi) / 2;
        let less = it.compare(CmpOp::Lt, x, &a[mid])?;
        if truthy(&less)? {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

/// `list(itertools.accumulate(xs))` with Python's `+`.
fn accumulate(it: &mut Interp, xs: &Value) -> PyResult<Vec<Value>> {
    let items = crate::eval::lazy::values(it, xs)?;
    let mut out: Vec<Value> = Vec::with_capacity(items.len());
    for x in items {
        let next = match out.last() {
            Some(acc) => {
                let acc = acc.clone();
                op(it, BinOp::Add, &acc, &x)?
            }
            None => x,
        };
        out.push(next);
    }
    Ok(out)
}

fn choices(it: &mut Interp, g: &Gen, args: &Args) -> PyResult<Value> {
    let a = bind(
        args,
        "choices",
        &["population", "weights", "*", "cum_weights", "k"],
        1,
    )?;
    let population = arg(&a, 0, Value::None);
    let weights = arg(&a, 1, Value::None);
    let cum = arg(&a, 2, Value::None);
    let k = arg(&a, 3, Value::Int(1));
    let n = py_len(it, &population)?;
    // `_repeat(None, k)`: an index, nothing when negative.
    let count =
        |k: &Value| -> PyResult<usize> { Ok(to_int(k)?.clamp(0, i128::from(u32::MAX)) as usize) };
    let cum_weights = match (&cum, &weights) {
        (Value::None, Value::None) => {
            let k = count(&k)?;
            let mut out = draws(k)?;
            for j in 0..k {
                check_interrupt(j)?;
                let i = (g.borrow_mut().random() * n as f64).floor();
                out.push(getitem(&population, &Value::Int(i as i128))?);
            }
            return Ok(Value::list(out));
        }
        (Value::None, w) => accumulate(it, w).map_err(|e| {
            if e.class == "TypeError"
                && matches!(w, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
            {
                PyErr::type_err(format!(
                    "The number of choices must be a keyword argument: k={}",
                    crate::format::repr(w)
                ))
            } else {
                e
            }
        })?,
        (c, Value::None) => crate::eval::lazy::values(it, c)?,
        _ => {
            return Err(PyErr::type_err(
                "Cannot specify both weights and cumulative weights",
            ))
        }
    };
    if cum_weights.len() != n {
        return Err(PyErr::value(
            "The number of weights does not match the population",
        ));
    }
    let last = cum_weights
        .last()
        .cloned()
        .ok_or_else(|| PyErr::index("list index out of range"))?;
    let total = op(it, BinOp::Add, &last, &Value::Float(0.0))?;
    let t = to_f64(&total)?;
    if t <= 0.0 {
        return Err(PyErr::value("Total of weights must be greater than zero"));
    }
    if !t.is_finite() {
        return Err(PyErr::value("Total of weights must be finite"));
    }
    let k = count(&k)?;
    let mut out = draws(k)?;
    for j in 0..k {
        check_interrupt(j)?;
        let r = Value::Float(g.borrow_mut().random());
        let x = op(it, BinOp::Mul, &r, &total)?;
        let i = bisect(it, &cum_weights, &x, n - 1)?;
        out.push(getitem(&population, &Value::Int(i as i128))?);
    }
    Ok(Value::list(out))
}

fn sample(it: &mut Interp, g: &Gen, args: &Args) -> PyResult<Value> {
    let a = bind(args, "sample", &["population", "k", "*", "counts"], 2)?;
    let population = arg(&a, 0, Value::None);
    let k = arg(&a, 1, Value::None);
    let counts = arg(&a, 2, Value::None);
    if !matches!(
        population,
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(..) | Value::Bytes(_)
    ) {
        return Err(PyErr::type_err(
            "Population must be a sequence.  For dicts or sets, use sorted(d).",
        ));
    }
    let n = py_len(it, &population)?;
    if !matches!(counts, Value::None) {
        let mut cum = accumulate(it, &counts)?;
        if cum.len() != n {
            return Err(PyErr::value(
                "The number of counts does not match the population",
            ));
        }
        let total = cum
            .pop()
            .ok_or_else(|| PyErr::index("pop from empty list"))?;
        let Some(total) = big_of(&total) else {
            return Err(PyErr::type_err("Counts must be integers"));
        };
        if !total.is_positive() {
            return Err(PyErr::value("Total of counts must be greater than zero"));
        }
        let total = total
            .to_i128()
            .ok_or_else(|| PyErr::overflow("Python int too large to convert to C ssize_t"))?;
        let inner = Args {
            pos: vec![Value::Range(0, total, 1)],
            kw: vec![("k".to_string(), k)],
        };
        let picks = sample(it, g, &inner)?;
        let mut out = Vec::new();
        for s in crate::eval::lazy::values(it, &picks)? {
            let i = bisect(it, &cum, &s, cum.len())?;
            out.push(getitem(&population, &Value::Int(i as i128))?);
        }
        return Ok(Value::list(out));
    }
    let kf = match &k {
        Value::Float(f) => Some(*f),
        _ => None,
    };
    let k = match kf {
        Some(f) if 0.0 <= f && f <= n as f64 => {
            return Err(PyErr::type_err(
                "can't multiply sequence by non-int of type 'float'",
            ))
        }
        Some(_) => -1,
        None => to_int(&k)?,
    };
    if !(0..=n as i128).contains(&k) {
        return Err(PyErr::value("Sample larger than population or is negative"));
    }
    let k = k as usize;
    let mut setsize: usize = 21;
    if k > 5 {
        let e = ((k * 3) as f64).ln() / 4f64.ln();
        setsize = setsize.saturating_add(4usize.saturating_pow(e.ceil() as u32));
    }
    let mut out = draws(k)?;
    if n <= setsize {
        let mut pool = crate::eval::lazy::values(it, &population)?;
        for i in 0..k {
            let j = g.borrow_mut().below_usize(n - i);
            out.push(pool[j].clone());
            pool[j] = pool[n - i - 1].clone();
        }
    } else {
        let mut selected = std::collections::HashSet::new();
        for i in 0..k {
            check_interrupt(i)?;
            let mut j = g.borrow_mut().below_usize(n);
            while selected.contains(&j) {
                j = g.borrow_mut().below_usize(n);
            }
            selected.insert(j);
            out.push(getitem(&population, &Value::Int(j as i128))?);
        }
    }
    Ok(Value::list(out))
}

/// `shuffle(x)`: Fisher-Yates from the end with `x[i], x[j] = x[j], x[i]`, item by item
/// through indexing (so a 2-d NumPy array shuffles as badly as in CPython, its rows being
/// views).
fn shuffle(it: &mut Interp, g: &Gen, x: &Value) -> PyResult<()> {
    let n = py_len(it, x)?;
    if let Value::List(l) = x {
        for i in (1..n).rev() {
            check_interrupt(i)?;
            let j = g.borrow_mut().below_usize(i + 1);
            let mut v = l.borrow_mut();
            if i < v.len() && j < v.len() {
                v.swap(i, j);
            }
        }
        return Ok(());
    }
    for i in (1..n).rev() {
        check_interrupt(i)?;
        let j = g.borrow_mut().below_usize(i + 1);
        let (ki, kj) = (Value::Int(i as i128), Value::Int(j as i128));
        let (xj, xi) = (getitem(x, &kj)?, getitem(x, &ki)?);
        setitem(x, &ki, &xj)?;
        setitem(x, &kj, &xi)?;
    }
    Ok(())
}

/// `mu + z * sigma` with Python's operators.
fn shifted(it: &mut Interp, z: f64, mu: &Value, sigma: &Value) -> PyResult<Value> {
    let scaled = op(it, BinOp::Mul, &Value::Float(z), sigma)?;
    op(it, BinOp::Add, mu, &scaled)
}

fn triangular(it: &mut Interp, g: &Gen, args: &Args) -> PyResult<Value> {
    let a = bind(args, "triangular", &["low", "high", "mode"], 0)?;
    let mut low = arg(&a, 0, Value::Float(0.0));
    let mut high = arg(&a, 1, Value::Float(1.0));
    let mode = arg(&a, 2, Value::None);
    let mut u = g.borrow_mut().random();
    let mut c = match mode {
        Value::None => 0.5,
        m => {
            let num = op(it, BinOp::Sub, &m, &low)?;
            let den = op(it, BinOp::Sub, &high, &low)?;
            match op(it, BinOp::Div, &num, &den) {
                Ok(c) => to_f64(&c)?,
                Err(e) if e.class == "ZeroDivisionError" => return Ok(low),
                Err(e) => return Err(e),
            }
        }
    };
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        std::mem::swap(&mut low, &mut high);
    }
    let width = op(it, BinOp::Sub, &high, &low)?;
    let step = op(it, BinOp::Mul, &width, &Value::Float((u * c).sqrt()))?;
    op(it, BinOp::Add, &low, &step)
}

/// `getstate()`: `(3, (624 key words..., position), gauss_next)`.
fn getstate(p: &PyRandom) -> Value {
    let (key, pos) = p.mt.words();
    let mut words: Vec<Value> = key.iter().map(|&w| Value::Int(i128::from(w))).collect();
    words.push(Value::Int(pos as i128));
    Value::tuple(vec![
        Value::Int(3),
        Value::tuple(words),
        p.gauss_next.map_or(Value::None, Value::Float),
    ])
}

/// `setstate(state)`, with `_randommodule.c`'s checks of the key.
fn setstate(it: &mut Interp, g: &Gen, st: &Value) -> PyResult<()> {
    let version = getitem(st, &Value::Int(0))?;
    // Version 2 kept the words as signed ints; they are taken modulo 2**32.
    let signed = crate::value::pyops::py_eq(&version, &Value::Int(2));
    if !signed && !crate::value::pyops::py_eq(&version, &Value::Int(3)) {
        return Err(PyErr::value(format!(
            "state with version {} passed to Random.setstate() of version 3",
            crate::format::str_of(&version)
        )));
    }
    let parts = crate::eval::lazy::values(it, st)?;
    let [_, internal, gauss_next] = parts.as_slice() else {
        return Err(PyErr::value(format!(
            "{} values to unpack (expected 3)",
            if parts.len() > 3 {
                "too many"
            } else {
                "not enough"
            }
        )));
    };
    let Value::Tuple(words) = internal else {
        return Err(PyErr::type_err("state vector must be a tuple"));
    };
    if words.len() != 625 {
        return Err(PyErr::value("state vector is the wrong size"));
    }
    let mut key = [0u32; 624];
    for (slot, w) in key.iter_mut().zip(words.iter()) {
        let mut v = big_of(w).ok_or_else(|| PyErr::type_err("an integer is required"))?;
        if signed {
            v = num_integer::Integer::mod_floor(&v, &BigInt::from(1u64 << 32));
        }
        *slot = v
            .to_u32()
            .ok_or_else(|| PyErr::overflow("Python int too large to convert to C unsigned long"))?;
    }
    let pos = to_int(&words[624])?;
    if !(0..=624).contains(&pos) {
        return Err(PyErr::value("invalid state"));
    }
    let gauss_next = match gauss_next {
        Value::None => None,
        g => Some(to_f64(g)?),
    };
    *g.borrow_mut() = PyRandom {
        mt: Mt19937::from_words(key, pos as usize),
        gauss_next,
    };
    Ok(())
}

/// `random.name(...)`: the module's generator.
pub fn call(it: &mut Interp, name: &str, args: Args) -> PyResult<Value> {
    let g = module_gen(it);
    call_with(it, &g, name, args)
}

/// `Random.name(...)` on generator `g`.
pub fn call_with(it: &mut Interp, g: &Gen, name: &str, args: Args) -> PyResult<Value> {
    match name {
        "seed" => {
            let a = bind(&args, "seed", &["a", "version"], 0)?;
            let version = a[1].as_ref().map(to_int).transpose()?.unwrap_or(2);
            let seeding = if version == 1 {
                Seeding::V1
            } else {
                Seeding::V2
            };
            let words = seed_words(a[0].as_ref().unwrap_or(&Value::None), seeding)?;
            *g.borrow_mut() = PyRandom::seeded(&words);
            Ok(Value::None)
        }
        "random" => {
            crate::eval::pytypes::arity::no_args("Random", name, &args)?;
            Ok(Value::Float(g.borrow_mut().random()))
        }
        "getrandbits" => {
            let k = match (args.pos.as_slice(), args.kw.is_empty()) {
                ([k], true) => bit_count(k)?,
                _ if !args.kw.is_empty() => {
                    return Err(PyErr::type_err(
                        "Random.getrandbits() takes no keyword arguments",
                    ))
                }
                _ => {
                    return Err(PyErr::type_err(format!(
                        "Random.getrandbits() takes exactly one argument ({} given)",
                        args.pos.len()
                    )))
                }
            };
            Ok(int_value(g.borrow_mut().bits(k)))
        }
        "randbytes" => {
            let a = bind(&args, name, &["n"], 1)?;
            let n = to_int(&arg(&a, 0, Value::None))?;
            let k = bit_count(&Value::Int(n.saturating_mul(8)))?;
            let mut bytes = g.borrow_mut().bits(k).to_bytes_le();
            bytes.resize(n as usize, 0);
            Ok(Value::Bytes(std::rc::Rc::new(bytes)))
        }
        "randrange" => {
            let a = bind(&args, name, &["start", "stop", "step"], 1)?;
            randrange(
                it,
                g,
                &arg(&a, 0, Value::None),
                a[1].as_ref(),
                a[2].as_ref(),
            )
        }
        "randint" => {
            let a = bind(&args, name, &["a", "b"], 2)?;
            let stop = op(it, BinOp::Add, &arg(&a, 1, Value::None), &Value::Int(1))?;
            randrange(it, g, &arg(&a, 0, Value::None), Some(&stop), None)
        }
        "choice" => {
            let a = bind(&args, name, &["seq"], 1)?;
            let seq = arg(&a, 0, Value::None);
            let n = py_len(it, &seq)?;
            if n == 0 {
                return Err(PyErr::index("Cannot choose from an empty sequence"));
            }
            let i = g.borrow_mut().below_usize(n);
            getitem(&seq, &Value::Int(i as i128))
        }
        "choices" => choices(it, g, &args),
        "sample" => sample(it, g, &args),
        "shuffle" => {
            let a = bind(&args, name, &["x"], 1)?;
            shuffle(it, g, &arg(&a, 0, Value::None))?;
            Ok(Value::None)
        }
        "uniform" => {
            let a = bind(&args, name, &["a", "b"], 2)?;
            let (lo, hi) = (arg(&a, 0, Value::None), arg(&a, 1, Value::None));
            let width = op(it, BinOp::Sub, &hi, &lo)?;
            let r = Value::Float(g.borrow_mut().random());
            let step = op(it, BinOp::Mul, &width, &r)?;
            op(it, BinOp::Add, &lo, &step)
        }
        "triangular" => triangular(it, g, &args),
        "gauss" | "normalvariate" => {
            let a = bind(&args, name, &["mu", "sigma"], 0)?;
            let z = if name == "gauss" {
                gauss_z(&mut g.borrow_mut())
            } else {
                normal_z(&mut g.borrow_mut())
            };
            shifted(
                it,
                z,
                &arg(&a, 0, Value::Float(0.0)),
                &arg(&a, 1, Value::Float(1.0)),
            )
        }
        "lognormvariate" => {
            let a = bind(&args, name, &["mu", "sigma"], 2)?;
            let z = normal_z(&mut g.borrow_mut());
            let x = to_f64(&shifted(
                it,
                z,
                &arg(&a, 0, Value::None),
                &arg(&a, 1, Value::None),
            )?)?;
            let r = x.exp();
            if r.is_infinite() && x.is_finite() {
                return Err(PyErr::overflow("math range error"));
            }
            Ok(Value::Float(r))
        }
        "expovariate" => {
            let a = bind(&args, name, &["lambd"], 1)?;
            let e = -(1.0 - g.borrow_mut().random()).ln();
            op(it, BinOp::Div, &Value::Float(e), &arg(&a, 0, Value::None))
        }
        "vonmisesvariate" | "gammavariate" | "betavariate" | "weibullvariate" => {
            let params: &[&str] = if name == "vonmisesvariate" {
                &["mu", "kappa"]
            } else {
                &["alpha", "beta"]
            };
            let a = bind(&args, name, params, 2)?;
            let (x, y) = (
                to_f64(&arg(&a, 0, Value::None))?,
                to_f64(&arg(&a, 1, Value::None))?,
            );
            Ok(Value::Float(real_dist(&mut g.borrow_mut(), name, x, y)?))
        }
        "paretovariate" => {
            let a = bind(&args, name, &["alpha"], 1)?;
            let x = to_f64(&arg(&a, 0, Value::None))?;
            Ok(Value::Float(real_dist(&mut g.borrow_mut(), name, x, 0.0)?))
        }
        "getstate" => {
            bind(&args, name, &[], 0)?;
            Ok(getstate(&g.borrow()))
        }
        "setstate" => {
            let a = bind(&args, name, &["state"], 1)?;
            setstate(it, g, &arg(&a, 0, Value::None))?;
            Ok(Value::None)
        }
        _ => Err(PyErr::attribute(format!(
            "module 'random' has no attribute '{}'",
            name
        ))),
    }
}

/// `random.Random`, the class of generators of one's own.
pub const RANDOM: PyType = PyType::Named("random.Random");

/// A `random.Random(x)` instance: its own generator.
#[derive(Debug)]
pub struct RandomObject(Gen);

impl crate::value::host::Host for RandomObject {
    fn py_type(&self) -> PyType {
        RANDOM
    }
    fn repr(&self) -> String {
        format!(
            "<random.Random object at {:#x}>",
            Rc::as_ptr(&self.0) as usize
        )
    }
    fn attr(&self, _name: &str) -> Option<Value> {
        None
    }
    fn has_method(&self, name: &str) -> bool {
        NAMES.contains(&name)
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

/// The generator of a `random.Random` instance.
pub fn instance(v: &Value) -> Option<Gen> {
    match v {
        Value::Object(o) => o
            .borrow()
            .as_any()
            .downcast_ref::<RandomObject>()
            .map(|r| r.0.clone()),
        _ => None,
    }
}

/// `random.Random(x=None)`, seeded as `seed(x)`; None for other types.
pub fn construct(t: PyType, args: &Args) -> Option<PyResult<Value>> {
    (t == RANDOM).then(|| {
        if args.pos.len() > 1 {
            return Err(PyErr::type_err(format!(
                "Random.__init__() takes from 1 to 2 positional arguments but {} were given",
                args.pos.len() + 1
            )));
        }
        let a = args.bind("Random", &["x"], 0)?;
        let words = seed_words(a[0].as_ref().unwrap_or(&Value::None), Seeding::V2)?;
        let g = Rc::new(RefCell::new(PyRandom::seeded(&words)));
        Ok(Value::Object(Rc::new(RefCell::new(RandomObject(g)))))
    })
}
