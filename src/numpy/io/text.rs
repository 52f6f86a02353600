//! Text files: `np.loadtxt`, `np.genfromtxt`, `np.savetxt` and
//! `np.fromstring(s, sep=...)`, with NumPy 2.4.6's parsing rules, result
//! shapes and error messages (`numpy/lib/_npyio_impl.py` and the C reader in
//! `_core/src/multiarray/textreading/`).
//!
//! The input is a file name, an open file object (`open()`, `io.StringIO`,
//! read from its position) or, as NumPy also accepts, a list or tuple of
//! lines. Only numeric dtypes exist in arrsh, so structured results
//! (`names=True`, a `dtype` with fields) are not supported, nor is
//! `genfromtxt(converters=)` (`loadtxt`'s are).

use super::path_arg;
use crate::array::dtype::{DType, Kind};
use crate::array::element::{coerce, Num};
use crate::array::object::NdArray;
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::value::args::{given, Args};
use crate::value::convert::{as_array, element_num, iter_values, to_dtype, to_int, truthy};
use crate::value::Value;
use std::rc::Rc;

pub const NAMES: &[&str] = &["loadtxt", "genfromtxt", "savetxt", "fromstring"];

pub const FAMILY: crate::numpy::Family = crate::numpy::Family { names: NAMES, call };

fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    Some(match name {
        "loadtxt" => loadtxt(it, &args),
        "genfromtxt" => genfromtxt(&args),
        "savetxt" => savetxt(&args),
        "fromstring" => fromstring(&args),
        _ => return None,
    })
}

fn arg(a: &[Option<Value>], i: usize) -> &Value {
    a[i].as_ref().unwrap_or(&Value::None)
}

/// The lines of a file name, an open file object (from its position on, which is left
/// at the end) or a list/tuple of strings.
fn read_lines(v: &Value) -> PyResult<Vec<String>> {
    if let Some(text) = crate::value::file::with_file(v, |f| f.read_rest_text()) {
        return Ok(text?.lines().map(str::to_string).collect());
    }
    match v {
        Value::List(_) | Value::Tuple(_) => iter_values(v)?
            .iter()
            .map(|l| match l {
                Value::Str(s) => Ok(s.to_string()),
                Value::Bytes(b) => Ok(String::from_utf8_lossy(b).into_owned()),
                other => Err(PyErr::type_err(format!(
                    "non-string returned while reading data: {}",
                    crate::format::repr(other)
                ))),
            })
            .collect(),
        _ => {
            let path = path_arg(v)?;
            let text = std::fs::read(&path).map_err(|e| {
                if e.kind() == std::io::ErrorKind::NotFound {
                    PyErr::new(
                        "FileNotFoundError",
                        format!("{} not found.", path.to_string_lossy()),
                    )
                } else {
                    super::npy::io_err(e)
                }
            })?;
            let text = String::from_utf8_lossy(&text).into_owned();
            Ok(text.lines().map(str::to_string).collect())
        }
    }
}

/// The comment markers: a string, a sequence of strings, or none (`None`
/// given explicitly).
fn comments_arg(v: Option<&Value>, default: &str) -> PyResult<Vec<String>> {
    match v {
        None => Ok(vec![default.to_string()]),
        Some(Value::None) => Ok(Vec::new()),
        Some(Value::Str(s)) => Ok(vec![s.to_string()]),
        Some(other) => iter_values(other)?
            .iter()
            .map(|c| Ok(crate::format::str_of(c)))
            .collect(),
    }
}

/// A line with its comment removed.
fn strip_comment<'a>(line: &'a str, comments: &[String]) -> &'a str {
    let cut = comments
        .iter()
        .filter(|c| !c.is_empty())
        .filter_map(|c| line.find(c.as_str()))
        .min();
    match cut {
        Some(i) => &line[..i],
        None => line,
    }
}

/// The fields of one line: split on `delimiter`, or on runs of whitespace.
fn fields(line: &str, delimiter: Option<&str>) -> Vec<String> {
    match delimiter {
        None => line.split_whitespace().map(str::to_string).collect(),
        Some(d) => {
            let line = line.trim_end_matches(['\r', '\n']);
            if line.trim().is_empty() {
                return Vec::new();
            }
            line.split(d).map(str::to_string).collect()
        }
    }
}

/// One field parsed for `dtype`, or `None` when NumPy's parser rejects it.
/// `python`: Python's `int()`/`float()` rules, as `genfromtxt` converts
/// (digit-group underscores allowed).
fn parse_field(s: &str, dtype: DType, python: bool) -> Option<Num> {
    let owned;
    let mut t = s.trim();
    if python && t.contains('_') && !t.starts_with('_') && !t.ends_with('_') && !t.contains("__") {
        owned = t.replace('_', "");
        t = &owned;
    }
    match dtype.kind() {
        Kind::Bool | Kind::Int | Kind::UInt => {
            let v: i128 = t.parse().ok()?;
            if let Some((lo, hi)) = dtype.int_range() {
                if dtype != DType::Bool && (v < lo || v > hi) {
                    return None;
                }
            }
            Some(coerce(dtype, Num::Int(v)))
        }
        Kind::Complex => {
            let t = t
                .strip_prefix('(')
                .and_then(|x| x.strip_suffix(')'))
                .unwrap_or(t);
            if let Some(body) = t.strip_suffix(['j', 'J']) {
                let split = body
                    .char_indices()
                    .skip(1)
                    .filter(|&(i, c)| {
                        (c == '+' || c == '-') && !matches!(body.as_bytes()[i - 1], b'e' | b'E')
                    })
                    .map(|(i, _)| i)
                    .last();
                let (re, im) = match split {
                    Some(i) => (parse_float(&body[..i])?, parse_float(&body[i..])?),
                    None => (0.0, parse_float(body)?),
                };
                Some(Num::Complex(re, im))
            } else {
                Some(Num::Complex(parse_float(t)?, 0.0))
            }
        }
        _ => Some(coerce(dtype, Num::Float(parse_float(t)?))),
    }
}

/// Python's float spellings without underscores (`PyOS_string_to_double`).
fn parse_float(t: &str) -> Option<f64> {
    let t = t.trim();
    if t.contains('_') || t.is_empty() {
        return None;
    }
    t.parse::<f64>().ok()
}

/// `usecols`: an int or a sequence of ints.
fn usecols_arg(v: Option<&Value>) -> PyResult<Option<Vec<i64>>> {
    match v {
        None => Ok(None),
        Some(Value::Int(i)) => Ok(Some(vec![*i as i64])),
        Some(other) => Ok(Some(
            iter_values(other)?
                .iter()
                .map(|c| to_int(c).map(|c| c as i64))
                .collect::<PyResult<_>>()?,
        )),
    }
}

fn dtype_arg(v: Option<&Value>) -> PyResult<DType> {
    match v {
        None => Ok(DType::F64),
        Some(v) => to_dtype(v),
    }
}

fn build(rows: Vec<Vec<Num>>, ncols: usize, dtype: DType) -> PyResult<NdArray> {
    let nrows = rows.len();
    let a = NdArray::zeros(&[nrows, ncols], dtype)?;
    for (r, row) in rows.into_iter().enumerate() {
        for (c, v) in row.into_iter().enumerate() {
            a.set(&[r, c], v);
        }
    }
    Ok(a)
}

/// `_ensure_ndmin_ndarray`, then `.T` for `unpack`.
fn finish(a: NdArray, ndmin: i64, unpack: bool) -> PyResult<Value> {
    let mut shape = a.shape.clone();
    if (shape.len() as i64) > ndmin {
        shape.retain(|&d| d != 1);
    }
    if (shape.len() as i64) < ndmin {
        shape = match (ndmin, shape.len()) {
            (1, _) => vec![1],
            (2, 0) => vec![1, 1],
            // atleast_2d then .T: (n,) -> (1, n) -> (n, 1).
            (2, _) => vec![shape[0], 1],
            _ => shape,
        };
    }
    let flat = a.to_nums()?;
    let out = NdArray::zeros(&shape, a.dtype)?;
    let mut k = 0;
    NdArray::for_each_index(&shape, |idx| {
        if let Some(v) = flat.get(k) {
            out.set(idx, *v);
        }
        k += 1;
    });
    if unpack && shape.len() == 2 {
        let t = NdArray::zeros(&[shape[1], shape[0]], a.dtype)?;
        NdArray::for_each_index(&shape, |idx| t.set(&[idx[1], idx[0]], out.get(idx)));
        return Ok(Value::Array(Rc::new(t)));
    }
    Ok(Value::Array(Rc::new(out)))
}

/// `loadtxt(converters=...)`: one callable for every column, or a dict of column index
/// (negative from the end) to callable.
enum Converters {
    None,
    All(Value),
    Columns(Vec<(i64, Value)>),
}

impl Converters {
    fn of(v: Option<&Value>) -> PyResult<Converters> {
        Ok(match v {
            None => Converters::None,
            Some(Value::Dict(d)) => {
                let mut cols = Vec::new();
                for (k, f) in d.borrow().iter() {
                    let k = to_int(k).map_err(|_| {
                        PyErr::type_err(format!(
                            "keys of the converters dictionary must be integers; got {}",
                            crate::format::repr(k)
                        ))
                    })?;
                    cols.push((k as i64, f.clone()));
                }
                Converters::Columns(cols)
            }
            Some(
                f @ (Value::Func(_) | Value::Method(_) | Value::Type(_) | Value::Function(_)),
            ) => Converters::All(f.clone()),
            Some(_) => {
                return Err(PyErr::type_err(
                    "converters must be a dictionary mapping columns to converter functions or a single callable.",
                ))
            }
        })
    }

    /// The converter of column `c` of a row with `n` fields, if any.
    fn for_column(&self, c: usize, n: usize) -> Option<Value> {
        match self {
            Converters::None => None,
            Converters::All(f) => Some(f.clone()),
            Converters::Columns(cols) => cols
                .iter()
                .find(|(k, _)| {
                    let k = if *k < 0 { *k + n as i64 } else { *k };
                    k == c as i64
                })
                .map(|(_, f)| f.clone()),
        }
    }
}

/// `np.loadtxt`.
fn loadtxt(it: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let a = args.bind(
        "loadtxt",
        &[
            "fname",
            "dtype",
            "comments",
            "delimiter",
            "converters",
            "skiprows",
            "usecols",
            "unpack",
            "ndmin",
            "encoding",
            "max_rows",
            "*quotechar",
            "*like",
        ],
        1,
    )?;
    let converters = Converters::of(given(&a[4]))?;
    let dtype = dtype_arg(given(&a[1]))?;
    let comments = comments_arg(a[2].as_ref(), "#")?;
    let delimiter = given(&a[3]).map(crate::format::str_of);
    let skiprows = given(&a[5]).map(to_int).transpose()?.unwrap_or(0).max(0) as usize;
    let usecols = usecols_arg(given(&a[6]))?;
    let unpack = given(&a[7]).map(truthy).transpose()?.unwrap_or(false);
    let ndmin = given(&a[8]).map(to_int).transpose()?.unwrap_or(0) as i64;
    if !(0..=2).contains(&ndmin) {
        return Err(PyErr::value(format!(
            "Illegal value of ndmin keyword: {ndmin}"
        )));
    }
    let max_rows = given(&a[10])
        .map(to_int)
        .transpose()?
        .map(|m| m.max(0) as usize);
    let lines = read_lines(arg(&a, 0))?;
    let mut rows: Vec<Vec<Num>> = Vec::new();
    let mut ncols: Option<usize> = None;
    for line in lines.iter().skip(skiprows) {
        if max_rows.is_some_and(|m| rows.len() >= m) {
            break;
        }
        let f = fields(strip_comment(line, &comments), delimiter.as_deref());
        if f.is_empty() {
            continue;
        }
        let row_no = rows.len();
        let n = *ncols.get_or_insert(f.len());
        let picked: Vec<usize> = match &usecols {
            None => {
                if f.len() != n {
                    return Err(PyErr::value(format!(
                        "the number of columns changed from {} to {} at row {}; use `usecols` to select a subset and avoid this error",
                        n,
                        f.len(),
                        row_no + 1
                    )));
                }
                (0..n).collect()
            }
            Some(cols) => cols
                .iter()
                .map(|&c| {
                    let k = if c < 0 { c + f.len() as i64 } else { c };
                    if k < 0 || k >= f.len() as i64 {
                        Err(PyErr::value(format!(
                            "invalid column index {} at row {} with {} columns",
                            c,
                            row_no + 1,
                            f.len()
                        )))
                    } else {
                        Ok(k as usize)
                    }
                })
                .collect::<PyResult<_>>()?,
        };
        let mut row = Vec::with_capacity(picked.len());
        for &c in &picked {
            let bad = || {
                PyErr::value(format!(
                    "could not convert string {} to {} at row {}, column {}.",
                    crate::format::str_repr(f[c].trim_end_matches(['\r', '\n'])),
                    dtype.name(),
                    row_no,
                    c + 1
                ))
            };
            let num = match converters.for_column(c, f.len()) {
                // NumPy calls the converter with the field's text and casts its result
                // (a string result is parsed), naming the field when that fails.
                Some(conv) => match it.call(&conv, Args::new(vec![Value::str(&f[c])]))? {
                    Value::Str(t) => parse_field(&t, dtype, true),
                    v => element_num(&v, dtype).ok(),
                },
                None => parse_field(&f[c], dtype, false),
            };
            row.push(num.ok_or_else(bad)?);
        }
        rows.push(row);
    }
    let width = usecols.as_ref().map_or(ncols.unwrap_or(1), |c| c.len());
    if rows.is_empty() {
        let name = match arg(&a, 0) {
            Value::Str(s) => s.to_string(),
            other => crate::format::str_of(other),
        };
        it.warn(
            "UserWarning",
            &format!("loadtxt: input contained no data: \"{name}\""),
        );
    }
    let arr = build(rows, width, dtype)?;
    finish(arr, ndmin, unpack)
}

/// `np.genfromtxt` for numeric dtypes: missing or unparsable fields become
/// `filling_values` (nan for floats, -1 for ints as NumPy's defaults).
fn genfromtxt(args: &Args) -> PyResult<Value> {
    let a = args.bind(
        "genfromtxt",
        &[
            "fname",
            "dtype",
            "comments",
            "delimiter",
            "skip_header",
            "skip_footer",
            "converters",
            "missing_values",
            "filling_values",
            "usecols",
            "names",
            "excludelist",
            "deletechars",
            "replace_space",
            "autostrip",
            "case_sensitive",
            "defaultfmt",
            "unpack",
            "usemask",
            "loose",
            "invalid_raise",
            "max_rows",
            "encoding",
            "*ndmin",
            "*like",
        ],
        1,
    )?;
    for (i, what) in [(6, "converters"), (7, "missing_values"), (10, "names")] {
        if given(&a[i]).is_some() {
            return Err(PyErr::not_implemented(format!(
                "arrsh: genfromtxt({what}=...) is not supported"
            )));
        }
    }
    let dtype = dtype_arg(given(&a[1]))?;
    let comments = comments_arg(a[2].as_ref(), "#")?;
    let delimiter = given(&a[3]).map(crate::format::str_of);
    let skip_header = given(&a[4]).map(to_int).transpose()?.unwrap_or(0).max(0) as usize;
    let skip_footer = given(&a[5]).map(to_int).transpose()?.unwrap_or(0).max(0) as usize;
    let filling = given(&a[8]).and_then(crate::value::convert::to_num);
    let usecols = usecols_arg(given(&a[9]))?;
    let unpack = given(&a[17]).map(truthy).transpose()?.unwrap_or(false);
    let max_rows = given(&a[21])
        .map(to_int)
        .transpose()?
        .map(|m| m.max(0) as usize);
    let ndmin = given(&a[23]).map(to_int).transpose()?.unwrap_or(0) as i64;
    if let Some(m) = max_rows {
        if skip_footer > 0 {
            return Err(PyErr::value(
                "The keywords 'skip_footer' and 'max_rows' can not be specified at the same time.",
            ));
        }
        if m < 1 {
            return Err(PyErr::value("'max_rows' must be at least 1."));
        }
    }
    let lines = read_lines(arg(&a, 0))?;
    // (line number as NumPy counts it, fields) of each non-empty line; NumPy
    // numbers lines from the first data line, plus `skip_header`, plus 1.
    let split: Vec<Vec<String>> = lines
        .iter()
        .skip(skip_header)
        .map(|l| fields(strip_comment(l, &comments), delimiter.as_deref()))
        .collect();
    let first = split.iter().position(|f| !f.is_empty()).unwrap_or(0);
    let ncols = split.get(first).map_or(0, |f| f.len());
    let nbcols = usecols.as_ref().map_or(ncols, |c| c.len());
    let mut data: Vec<Vec<String>> = Vec::new();
    // (line number, fields) of each line with the wrong number of columns.
    let mut bad: Vec<(usize, usize)> = Vec::new();
    for (i, f) in split.iter().enumerate().skip(first) {
        if f.is_empty() {
            continue;
        }
        let line_no = i - first + skip_header + 1;
        let ok = match &usecols {
            Some(c) => c
                .iter()
                .all(|&k| k < f.len() as i64 && k >= -(f.len() as i64)),
            None => f.len() == nbcols,
        };
        if !ok {
            bad.push((line_no, f.len()));
            continue;
        }
        data.push(f.clone());
        if max_rows.is_some_and(|m| data.len() >= m) {
            break;
        }
    }
    let mut skip_footer = skip_footer;
    if !bad.is_empty() && skip_footer > 0 {
        // NumPy's rule: bad lines among the last `skip_footer` rows are footer, not
        // errors, and they count toward the footer that is cut.
        let nbrows = (data.len() + bad.len()) as i128 - skip_footer as i128;
        let footer = bad
            .iter()
            .filter(|(line, _)| *line as i128 > nbrows + skip_header as i128)
            .count();
        bad.truncate(bad.len() - footer);
        skip_footer = skip_footer.saturating_sub(footer);
    }
    if !bad.is_empty() {
        let lines: Vec<String> = bad
            .iter()
            .map(|(line, got)| format!("    Line #{line} (got {got} columns instead of {nbcols})"))
            .collect();
        return Err(PyErr::value(format!(
            "Some errors were detected !\n{}",
            lines.join("\n")
        )));
    }
    data.truncate(data.len().saturating_sub(skip_footer));
    let fill = filling.unwrap_or(match dtype.kind() {
        Kind::Int | Kind::UInt => Num::Int(-1),
        Kind::Bool => Num::Bool(false),
        _ => Num::Float(f64::NAN),
    });
    // Integers are parsed unbounded and range-checked when stored.
    let int_out = matches!(dtype.kind(), Kind::Int | Kind::UInt);
    let wide = if int_out { DType::I64 } else { dtype };
    let fill = if int_out { fill } else { coerce(dtype, fill) };
    if data.is_empty() {
        return Ok(Value::Array(Rc::new(NdArray::zeros(&[0], dtype)?)));
    }
    let rows: Vec<Vec<Num>> = data
        .iter()
        .map(|f| {
            let n = f.len() as i64;
            let picked: Vec<usize> = match &usecols {
                None => (0..f.len()).collect(),
                Some(c) => c
                    .iter()
                    .map(|&c| if c < 0 { (c + n) as usize } else { c as usize })
                    .collect(),
            };
            picked
                .iter()
                .map(|&c| {
                    let v = f
                        .get(c)
                        .and_then(|s| parse_field(s, wide, true))
                        .unwrap_or(fill);
                    // NumPy builds the array from Python ints: out-of-range
                    // values (the -1 fill for unsigned too) are an OverflowError.
                    match v {
                        Num::Int(i) if int_out => element_num(&Value::Int(i), dtype),
                        other => Ok(coerce(dtype, other)),
                    }
                })
                .collect::<PyResult<Vec<Num>>>()
        })
        .collect::<PyResult<_>>()?;
    let arr = build(rows, nbcols, dtype)?;
    finish(arr, ndmin, unpack)
}

/// `np.savetxt(fname, X, fmt, delimiter, newline, header, footer, comments)`.
fn savetxt(args: &Args) -> PyResult<Value> {
    let a = args.bind(
        "savetxt",
        &[
            "fname",
            "X",
            "fmt",
            "delimiter",
            "newline",
            "header",
            "footer",
            "comments",
            "encoding",
        ],
        2,
    )?;
    // A file object gets the text at its position (a binary one its latin-1 bytes), as
    // NumPy writes it: everything made before anything is written.
    if crate::value::file::of(arg(&a, 0)).is_some() {
        let mut out = String::new();
        let result = savetxt_into(&a, &mut out);
        crate::value::file::with_file(arg(&a, 0), |f| f.write_text(&out)).transpose()?;
        return result.map(|()| Value::None);
    }
    let path = path_arg(arg(&a, 0))?;
    // NumPy opens (truncates) the file first and, on an error, closes it
    // with the rows written so far.
    std::fs::write(&path, "").map_err(super::npy::io_err)?;
    let mut out = String::new();
    let result = savetxt_into(&a, &mut out);
    std::fs::write(&path, out).map_err(super::npy::io_err)?;
    result.map(|()| Value::None)
}

fn savetxt_into(a: &[Option<Value>], out: &mut String) -> PyResult<()> {
    let x = as_array(arg(a, 1))?;
    let text_of = |i: usize, d: &str| {
        given(&a[i])
            .map(crate::format::str_of)
            .unwrap_or(d.to_string())
    };
    let delimiter = text_of(3, " ");
    let newline = text_of(4, "\n");
    let header = text_of(5, "");
    let footer = text_of(6, "");
    let comments = text_of(7, "# ");
    if x.ndim() == 0 || x.ndim() > 2 {
        return Err(PyErr::value(format!(
            "Expected 1D or 2D array, got {}D array instead",
            x.ndim()
        )));
    }
    if x.dtype.is_complex() {
        return Err(PyErr::not_implemented(
            "arrsh: savetxt of complex arrays is not supported",
        ));
    }
    let (nrows, ncol) = if x.ndim() == 1 {
        (x.shape[0], 1)
    } else {
        (x.shape[0], x.shape[1])
    };
    let format = match given(&a[2]) {
        None => vec!["%.18e".to_string(); ncol].join(&delimiter),
        Some(Value::Str(f)) => {
            let n = f.matches('%').count();
            if n == 1 {
                vec![f.to_string(); ncol].join(&delimiter)
            } else if n != ncol {
                return Err(PyErr::value(format!(
                    "fmt has wrong number of % formats:  {f}"
                )));
            } else {
                f.to_string()
            }
        }
        Some(other) => {
            let parts: Vec<String> = iter_values(other)?
                .iter()
                .map(crate::format::str_of)
                .collect();
            if parts.len() != ncol {
                return Err(PyErr::attribute(format!(
                    "fmt has wrong shape.  {}",
                    crate::format::str_of(other)
                )));
            }
            parts.join(&delimiter)
        }
    };
    if !header.is_empty() {
        *out += &format!(
            "{comments}{}{newline}",
            header.replace('\n', &format!("\n{comments}"))
        );
    }
    let vals = x.to_nums()?;
    for r in 0..nrows {
        let row: Vec<Value> = (0..ncol)
            .map(|c| crate::value::convert::num_to_py(x.dtype, vals[r * ncol + c]))
            .collect();
        *out += &crate::format::percent::percent_format(&format, &Value::tuple(row))?;
        *out += &newline;
    }
    if !footer.is_empty() {
        *out += &format!(
            "{comments}{}{newline}",
            footer.replace('\n', &format!("\n{comments}"))
        );
    }
    Ok(())
}

/// `np.fromstring(string, dtype=float, count=-1, *, sep)`: text mode only.
fn fromstring(args: &Args) -> PyResult<Value> {
    let a = args.bind(
        "fromstring",
        &["string", "dtype", "count", "*sep", "*like"],
        1,
    )?;
    let text = match arg(&a, 0) {
        Value::Str(s) => s.to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        other => crate::format::str_of(other),
    };
    let dtype = dtype_arg(given(&a[1]))?;
    let count = given(&a[2]).map(to_int).transpose()?.unwrap_or(-1);
    let sep = given(&a[3]).map(crate::format::str_of).unwrap_or_default();
    if sep.is_empty() {
        return Err(PyErr::value(
            "The binary mode of fromstring is removed, use frombuffer instead",
        ));
    }
    // A separator matches itself with any whitespace around it; whitespace
    // in the separator matches any run of whitespace (or none).
    let sep = sep.trim();
    let tokens: Vec<&str> = if sep.is_empty() {
        text.split_whitespace().collect()
    } else {
        let mut t: Vec<&str> = text.split(sep).map(str::trim).collect();
        if t.last().is_some_and(|s| s.is_empty()) {
            t.pop();
        }
        t
    };
    let mut vals = Vec::new();
    for tok in tokens {
        if count >= 0 && vals.len() as i128 >= count {
            break;
        }
        match parse_field(tok, dtype, false) {
            Some(v) => vals.push(v),
            None => {
                return Err(PyErr::value(
                    "string or file could not be read to its end due to unmatched data",
                ))
            }
        }
    }
    if count >= 0 && (vals.len() as i128) < count {
        return Err(PyErr::value("string is smaller than requested size"));
    }
    let out = NdArray::zeros(&[vals.len()], dtype)?;
    for (i, v) in vals.into_iter().enumerate() {
        out.set(&[i], v);
    }
    Ok(Value::Array(Rc::new(out)))
}
