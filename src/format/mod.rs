//! Text for values: `repr` and `str` of every runtime value, using the NumPy array printer
//! in `arrayprint` with the session's print options, plus the `np.info` and flags blocks
//! and the help texts of `help(x)` and `x?`. It takes values, never the interpreter.

pub mod arrayprint;
mod builtin_docs;
#[cfg(test)]
mod format_tests;
pub mod help;
pub mod info;
mod numpy_signatures;
pub mod percent;
pub mod shown_words;
pub mod spec;
pub mod str_format;
pub mod views;

use crate::array::dtype::DType;
use crate::array::element::Num;
use crate::array::object::NdArray;
use crate::error::{PyErr, PyResult};
use crate::value::identity::identity;
use crate::value::Value;
use arrayprint::{Elem, ElemKind, FloatWidth, PrintOptions, Printable};
use std::cell::RefCell;

thread_local! {
    /// NumPy's print options are process-global state; so are ours (per thread).
    static OPTIONS: RefCell<PrintOptions> = RefCell::new(PrintOptions::default());
}

pub fn options() -> PrintOptions {
    OPTIONS.with(|o| o.borrow().clone())
}

/// Whether the print options hold a `formatter` (asked before every value is shown, so it
/// clones nothing).
pub fn has_formatter() -> bool {
    OPTIONS.with(|o| o.borrow().formatter.is_some())
}

pub fn set_options(opts: PrintOptions) {
    OPTIONS.with(|o| *o.borrow_mut() = opts);
}

/// The printer's element family for a dtype.
pub fn elem_kind(d: DType) -> ElemKind {
    use DType::*;
    match d {
        Bool => ElemKind::Bool,
        I8 | I16 | I32 | I64 => ElemKind::Int,
        U8 | U16 | U32 | U64 => ElemKind::UInt,
        F16 => ElemKind::Float(FloatWidth::F16),
        F32 => ElemKind::Float(FloatWidth::F32),
        F64 => ElemKind::Float(FloatWidth::F64),
        C64 => ElemKind::Complex(FloatWidth::F32),
        C128 => ElemKind::Complex(FloatWidth::F64),
    }
}

/// A dynamic element as the printer wants it.
pub fn elem(d: DType, n: Num) -> Elem {
    match n {
        Num::Bool(b) => Elem::Bool(b),
        Num::Int(i) => {
            if d.kind() == crate::array::dtype::Kind::UInt {
                Elem::UInt(i as u64)
            } else {
                Elem::Int(i as i64)
            }
        }
        Num::Float(f) => Elem::Float(f),
        Num::Complex(r, i) => Elem::Complex(r, i),
    }
}

/// An array as the printer sees it, with its dtype's printed name (`int32`, `'>i4'`).
struct ArrayPrint<'a>(&'a NdArray, String);

impl<'a> ArrayPrint<'a> {
    fn new(a: &'a NdArray) -> ArrayPrint<'a> {
        let name = if a.swapped {
            format!("'{}'", crate::array::byteorder::dtype_str(a.dtype, true))
        } else {
            a.dtype.name().to_string()
        };
        ArrayPrint(a, name)
    }
}

impl Printable for ArrayPrint<'_> {
    fn shape(&self) -> &[usize] {
        &self.0.shape
    }
    fn kind(&self) -> ElemKind {
        elem_kind(self.0.dtype)
    }
    fn dtype_name(&self) -> &str {
        &self.1
    }
    fn class_name(&self) -> &str {
        if self.0.memmap {
            "memmap"
        } else {
            "array"
        }
    }
    fn get(&self, index: &[usize]) -> Elem {
        elem(self.0.dtype, self.0.get(index))
    }
}

pub fn array_repr(a: &NdArray) -> String {
    array_repr_with(a, &options())
}

pub fn array_str(a: &NdArray) -> String {
    array_str_with(a, &options())
}

pub fn array_repr_with(a: &NdArray, opts: &PrintOptions) -> String {
    with_words(a, opts, |p, word| {
        arrayprint::array_repr_words(p, opts, word)
    })
}

pub fn array_str_with(a: &NdArray, opts: &PrintOptions) -> String {
    with_words(a, opts, |p, word| {
        arrayprint::array_str_words(p, opts, word)
    })
}

/// Runs a printer on `a` with the element texts of the user's formatter, when there are
/// any for it (see [`shown_words`]), else with NumPy's own.
fn with_words(
    a: &NdArray,
    opts: &PrintOptions,
    print: impl FnOnce(&dyn Printable, Option<&mut dyn FnMut(Elem) -> String>) -> String,
) -> String {
    let p = ArrayPrint::new(a);
    match formatted(a, opts) {
        Some(words) => {
            let mut words = words.into_iter();
            print(&p, Some(&mut |_: Elem| words.next().unwrap_or_default()))
        }
        None => print(&p, None),
    }
}

/// The element texts the user's formatter gave for `a`, when the options hold one.
fn formatted(a: &NdArray, opts: &PrintOptions) -> Option<Vec<String>> {
    opts.formatter.as_ref()?;
    shown_words::words_for(a)
}

pub fn array2string(
    a: &NdArray,
    opts: &PrintOptions,
    separator: &str,
    prefix: &str,
    suffix: &str,
) -> String {
    arrayprint::array2string(&ArrayPrint::new(a), opts, separator, prefix, suffix)
}

/// `array2string` with each element's text given by `word` (NumPy's `formatter=`).
pub fn array2string_with(
    a: &NdArray,
    opts: &PrintOptions,
    separator: &str,
    prefix: &str,
    suffix: &str,
    word: &mut dyn FnMut(Elem) -> String,
) -> String {
    arrayprint::array2string_with(&ArrayPrint::new(a), opts, separator, prefix, suffix, word)
}

/// The errors NumPy's element formatters raise for some print options, checked before
/// printing. NumPy accepts a negative `precision` in `set_printoptions` but its float
/// formatter then raises when an array of floats is printed; `formats_elements` is false
/// where NumPy prints a scalar instead (`str` of a 0-d array), which never looks at
/// `precision`.
pub fn check_array_print(a: &NdArray, opts: &PrintOptions, formats_elements: bool) -> PyResult<()> {
    check_print_memory(&a.shape, opts)?;
    let floats = matches!(
        elem_kind(a.dtype),
        ElemKind::Float(_) | ElemKind::Complex(_)
    );
    let legacy_0d = opts.legacy_113() && a.ndim() == 0;
    if opts.precision < 0
        && floats
        && formats_elements
        && !legacy_0d
        && a.size() > 0
        && opts.floatmode != arrayprint::FloatMode::Unique
    {
        return Err(PyErr::value("precision must be >= 0"));
    }
    if formats_elements && arrayprint::legacy_unique_fails(&ArrayPrint::new(a), opts) {
        return Err(PyErr::type_err(
            "in non-unique mode `precision` must be supplied",
        ));
    }
    Ok(())
}

/// `MemoryError` (bare, as NumPy's) when printing `shape` would need more memory than
/// there is.
fn check_print_memory(shape: &[usize], opts: &PrintOptions) -> PyResult<()> {
    if arrayprint::printer_memory_available(shape, opts.threshold, opts.edgeitems) {
        Ok(())
    } else {
        Err(PyErr::memory(""))
    }
}

/// Whether `repr(v)` (or `str(v)` when `as_str`) would raise in NumPy: arrays of floats,
/// also inside lists, tuples and dicts, under a negative `precision` or legacy options, and
/// arrays too big to print in the memory there is.
fn check_printable(v: &Value, as_str: bool) -> PyResult<()> {
    check_int_digits(v, &mut Seen::default())?;
    let opts = options();
    check_arrays_in(v, as_str, &opts, &mut Seen::default())
}

/// The containers a check has entered, by identity: a set, since a list of 10^6 tuples
/// is 10^6 containers (a list scanned for each made the check quadratic).
type Seen = std::collections::HashSet<usize>;

/// Containers already being checked (a list that holds itself is checked once).
fn first_visit(v: &Value, seen: &mut Seen) -> bool {
    seen.insert(identity(v))
}

fn check_arrays_in(
    v: &Value,
    as_str: bool,
    opts: &arrayprint::PrintOptions,
    seen: &mut Seen,
) -> PyResult<()> {
    match v {
        Value::Array(a) => check_array_print(a, opts, !as_str || a.ndim() > 0),
        Value::List(_) | Value::Tuple(_) | Value::Dict(_) if !first_visit(v, seen) => Ok(()),
        Value::List(l) => l
            .borrow()
            .iter()
            .try_for_each(|x| check_arrays_in(x, false, opts, seen)),
        Value::Tuple(t) => t
            .iter()
            .try_for_each(|x| check_arrays_in(x, false, opts, seen)),
        Value::Dict(d) => d.borrow().iter().try_for_each(|(k, x)| {
            check_arrays_in(k, false, opts, seen).and(check_arrays_in(x, false, opts, seen))
        }),
        _ => Ok(()),
    }
}

/// CPython's limit on decimal digits (`str(10**5000)` is a ValueError), also for ints
/// inside lists, tuples and dicts.
fn check_int_digits(v: &Value, seen: &mut Seen) -> PyResult<()> {
    match v {
        Value::BigInt(b) => crate::value::bigint::to_decimal(b).map(|_| ()),
        Value::List(_) | Value::Tuple(_) | Value::Dict(_) if !first_visit(v, seen) => Ok(()),
        Value::List(l) => l
            .borrow()
            .iter()
            .try_for_each(|x| check_int_digits(x, seen)),
        Value::Tuple(t) => t.iter().try_for_each(|x| check_int_digits(x, seen)),
        Value::Dict(d) => d
            .borrow()
            .iter()
            .try_for_each(|(k, x)| check_int_digits(k, seen).and(check_int_digits(x, seen))),
        _ => Ok(()),
    }
}

/// `repr(v)` with the errors NumPy's printer can raise.
pub fn try_repr(v: &Value) -> PyResult<String> {
    check_printable(v, false)?;
    finished(repr(v))
}

/// `str(v)` with the errors NumPy's printer can raise.
pub fn try_str(v: &Value) -> PyResult<String> {
    check_printable(v, true)?;
    finished(str_of(v))
}

/// A text the printer built, unless Ctrl-C stopped it part way: the printers stop at
/// their next element when the flag is up, and a cut-short repr must never be shown
/// (or stored) as if it were the value's.
fn finished(text: String) -> PyResult<String> {
    if crate::interrupt::pending() && crate::interrupt::take() {
        return Err(PyErr::keyboard_interrupt(""));
    }
    Ok(text)
}

pub fn scalar_repr(d: DType, n: Num) -> String {
    arrayprint::scalar_repr(elem(d, n), elem_kind(d), d.name(), &options())
}

pub fn scalar_str(d: DType, n: Num) -> String {
    arrayprint::scalar_str(elem(d, n), elem_kind(d), &options())
}

pub fn float_repr(f: f64) -> String {
    arrayprint::python_float_repr(f)
}

/// Python's `repr(str)`: single quotes unless the text contains one and no double quote.
pub fn str_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

/// A bytes literal for `b`. `bytearray`'s repr (`always_escape_quote`) escapes every `'`
/// even inside double quotes, as CPython's `bytearray_repr` does (`bytearray(b"\'")`).
fn bytes_repr(b: &[u8], always_escape_quote: bool) -> String {
    let q = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(q);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\t' => out.push_str("\\t"),
            b'\r' => out.push_str("\\r"),
            c if c as char == q || (always_escape_quote && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{:02x}", c)),
        }
    }
    out.push(q);
    out
}

fn seq_repr(items: &[Value], open: &str, close: &str, tuple: bool) -> String {
    // Ctrl-C cuts a long repr short; `try_repr` then raises instead of showing the rest.
    let parts: Vec<String> = items
        .iter()
        .take_while(|_| !crate::interrupt::pending())
        .map(repr)
        .collect();
    if tuple && parts.len() == 1 {
        format!("({},)", parts[0])
    } else {
        format!("{}{}{}", open, parts.join(", "), close)
    }
}

thread_local! {
    /// The containers whose repr is being built (Python's `Py_ReprEnter` list).
    static IN_REPR: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Leaves the containers' repr list when dropped.
struct ReprGuard;

impl Drop for ReprGuard {
    fn drop(&mut self) {
        IN_REPR.with(|s| s.borrow_mut().pop());
    }
}

/// Enter a list, dict or set for repr; `None` when it is already being printed further
/// out (a list that contains itself prints as `[...]`, as in Python).
fn repr_enter(addr: usize) -> Option<ReprGuard> {
    IN_REPR.with(|s| {
        let mut s = s.borrow_mut();
        if s.contains(&addr) {
            return None;
        }
        s.push(addr);
        Some(ReprGuard)
    })
}

/// `{k: v, ...}`, in the words of the dict's class: `Counter({...})` by descending count
/// (insertion order when the counts do not compare), `defaultdict(factory, {...})`,
/// 3.11's `OrderedDict([(k, v), ...])`.
fn dict_repr(d: &crate::value::dict::PyDict) -> String {
    use crate::value::dict::DictKind;
    let pairs = |items: &mut dyn Iterator<Item = &(Value, Value)>| -> String {
        let parts: Vec<String> = items
            .take_while(|_| !crate::interrupt::pending())
            .map(|(k, v)| format!("{}: {}", repr(k), repr(v)))
            .collect();
        format!("{{{}}}", parts.join(", "))
    };
    match &d.kind {
        DictKind::Plain => pairs(&mut d.iter()),
        DictKind::Counter if d.is_empty() => "Counter()".into(),
        DictKind::Counter => match crate::value::pyops::by_count(d) {
            Some(order) => format!("Counter({})", pairs(&mut order.into_iter())),
            None => format!("Counter({})", pairs(&mut d.iter())),
        },
        DictKind::DefaultDict(f) => format!("defaultdict({}, {})", repr(f), pairs(&mut d.iter())),
        DictKind::OrderedDict if d.is_empty() => "OrderedDict()".into(),
        DictKind::OrderedDict => {
            let items: Vec<String> = d
                .iter()
                .map(|(k, v)| format!("({}, {})", repr(k), repr(v)))
                .collect();
            format!("OrderedDict([{}])", items.join(", "))
        }
    }
}

/// Python's `repr()` of any value.
pub fn repr(v: &Value) -> String {
    let addr = match v {
        Value::List(l) => Some(std::rc::Rc::as_ptr(l) as usize),
        Value::Dict(d) => Some(std::rc::Rc::as_ptr(d) as *const u8 as usize),
        Value::Set(s) => Some(std::rc::Rc::as_ptr(s) as *const u8 as usize),
        _ => None,
    };
    let _guard = match addr.map(repr_enter) {
        Some(None) => {
            return match v {
                Value::List(_) => "[...]",
                Value::Set(_) => "set(...)",
                _ => "{...}",
            }
            .into()
        }
        Some(Some(g)) => Some(g),
        None => None,
    };
    match v {
        Value::None => "None".into(),
        Value::Bool(b) => if *b { "True" } else { "False" }.into(),
        Value::Int(i) => i.to_string(),
        Value::BigInt(b) => b.to_string(),
        Value::Float(f) => float_repr(*f),
        Value::Complex(r, i) => arrayprint::python_complex_repr(*r, *i),
        Value::Str(s) => str_repr(s),
        Value::Bytes(b) => bytes_repr(b, false),
        Value::ByteArray(b) => format!("bytearray({})", bytes_repr(&b.borrow(), true)),
        Value::Tuple(t) => seq_repr(t, "(", ")", true),
        Value::List(l) => seq_repr(&l.borrow(), "[", "]", false),
        Value::Dict(d) => dict_repr(&d.borrow()),
        Value::Slice(s) => format!("slice({}, {}, {})", repr(&s[0]), repr(&s[1]), repr(&s[2])),
        Value::Range(a, b, s) => {
            if *s == 1 {
                format!("range({}, {})", a, b)
            } else {
                format!("range({}, {}, {})", a, b, s)
            }
        }
        Value::Ellipsis => "Ellipsis".into(),
        Value::Array(a) => array_repr(a),
        Value::Scalar(d, n) => scalar_repr(*d, *n),
        Value::DType(d) => format!("dtype('{}')", d.name()),
        Value::Type(t) => format!("<class '{}'>", t.qualname()),
        Value::Module(m) => format!("<module '{}'>", m),
        // `np.dtype` is the base class of the dtype classes.
        Value::Func(f) if f.as_ref() == "numpy.dtype" => "<class 'numpy.dtype'>".into(),
        Value::Func(f) => match crate::value::hooks::ufunc_name(f) {
            Some(u) => format!("<ufunc '{}'>", u),
            None => match f.strip_prefix("builtins.").and_then(|r| r.split_once('.')) {
                // `str.lower`: a method descriptor of a builtin type.
                Some((ty, m)) => format!("<method '{}' of '{}' objects>", m, ty),
                None => format!("<built-in function {}>", f.rsplit('.').next().unwrap_or(f)),
            },
        },
        Value::Method(m) => format!(
            "<built-in method {} of {} object at 0x{:x}>",
            m.name,
            m.receiver.type_of().qualname(),
            identity(&m.receiver)
        ),
        Value::Flags(a) => flags_repr(a),
        Value::Memory(a) => format!("<memory at 0x{:x}>", a.data_addr()),
        Value::Object(o) => o.borrow().repr(),
        Value::Set(items) => {
            let items = items.borrow();
            match (items.frozen, items.is_empty()) {
                (false, true) => "set()".into(),
                (false, false) => seq_repr(&items.items(), "{", "}", false),
                (true, true) => "frozenset()".into(),
                (true, false) => {
                    format!("frozenset({})", seq_repr(&items.items(), "{", "}", false))
                }
            }
        }
        Value::DictView(d, kind) => {
            let items = crate::value::convert::dict_view_items(&d.borrow(), *kind);
            format!("{}({})", kind.name(), seq_repr(&items, "[", "]", false))
        }
        Value::Iter(i) => {
            let kind = i.borrow().kind;
            if let Some(r) = i.borrow().lazy.as_ref().and_then(|s| s.repr()) {
                return r;
            }
            let name = i.borrow().qualname.clone();
            match kind {
                "generator" => format!(
                    "<generator object {} at 0x{:x}>",
                    name.as_deref().unwrap_or("<genexpr>"),
                    identity(v)
                ),
                _ => format!("<{} object at 0x{:x}>", kind, identity(v)),
            }
        }
        Value::Function(f) => match (f.repr(), f.class()) {
            (Some(r), _) => r,
            (None, Some(c)) => format!("<{} object at 0x{:x}>", c, identity(v)),
            (None, None) => format!("<function {} at 0x{:x}>", f.qualname(), identity(v)),
        },
        Value::Exception(e) => match crate::value::exc::info(e).args {
            Some(args) => format!(
                "{}({})",
                e.class,
                args.iter().map(repr).collect::<Vec<_>>().join(", ")
            ),
            None if e.msg.is_empty() => format!("{}()", e.class),
            None => format!("{}({})", e.class, str_repr(&e.msg)),
        },
    }
}

/// Python's `str()` of any value.
pub fn str_of(v: &Value) -> String {
    match v {
        Value::Str(s) => s.to_string(),
        Value::Array(a) => array_str(a),
        Value::Scalar(d, n) => scalar_str(*d, *n),
        Value::DType(d) => d.name().to_string(),
        Value::Exception(e) => e.msg.clone(),
        Value::Object(o) => o.borrow().str(),
        _ => repr(v),
    }
}

/// The `x.flags` block exactly as NumPy prints it.
pub fn flags_repr(a: &NdArray) -> String {
    let b = |x: bool| if x { "True" } else { "False" };
    format!(
        "  C_CONTIGUOUS : {}\n  F_CONTIGUOUS : {}\n  OWNDATA : {}\n  WRITEABLE : {}\n  ALIGNED : {}\n  WRITEBACKIFCOPY : False\n",
        b(a.is_c_contiguous()),
        b(a.is_f_contiguous()),
        b(a.owns_data()),
        b(a.writeable.get()),
        b(a.is_aligned())
    )
}
