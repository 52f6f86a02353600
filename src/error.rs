//! The one error type: a Python exception class name, its message and where it happened.

use std::fmt;

/// A byte range in the source text being run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }
}

/// A Python-style exception: `IndexError: index 5 is out of bounds for axis 0 with size 3`.
/// Boxed, so a `PyResult` is hardly bigger than its value: every evaluation step returns
/// one, and an 88-byte error inline made each of them copy that much.
#[derive(Clone, Debug, PartialEq)]
pub struct PyErr(Box<ErrInfo>);

/// What a `PyErr` holds (its fields are read and written through the `PyErr`).
#[derive(Clone, Debug, PartialEq)]
pub struct ErrInfo {
    /// The exception class as Python prints it (`IndexError`, `UFuncTypeError`, …).
    pub class: &'static str,
    pub msg: String,
    /// Where in the source the failing expression is, once known.
    pub span: Option<Span>,
    /// The function calls the error came out of, innermost first: where in each
    /// function's body it was raised, and the function's name (for the traceback).
    pub trace: Vec<(Span, std::rc::Rc<str>)>,
    /// What Python code gave the exception (its `args`, `__cause__`, `__context__`), kept
    /// type-erased because the value type sits above this one (see `eval::exceptions`).
    pub extra: Option<Extra>,
}

/// An exception's Python-level payload, shared by the copies of one exception (a thin
/// pointer, so errors stay small).
#[derive(Clone)]
#[allow(clippy::redundant_allocation)]
pub struct Extra(pub std::rc::Rc<Box<dyn std::any::Any>>);

impl PartialEq for Extra {
    fn eq(&self, other: &Extra) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}

impl fmt::Debug for Extra {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Extra(..)")
    }
}

pub type PyResult<T> = Result<T, PyErr>;

macro_rules! ctor {
    ($($f:ident => $c:literal),* $(,)?) => {$(
        pub fn $f(msg: impl Into<String>) -> PyErr {
            PyErr::new($c, msg)
        }
    )*};
}

impl PyErr {
    pub fn new(class: &'static str, msg: impl Into<String>) -> PyErr {
        PyErr(Box::new(ErrInfo {
            class,
            msg: msg.into(),
            span: None,
            trace: Vec::new(),
            extra: None,
        }))
    }
    ctor! {
        syntax => "SyntaxError",
        name => "NameError",
        type_err => "TypeError",
        value => "ValueError",
        index => "IndexError",
        key => "KeyError",
        attribute => "AttributeError",
        zero_div => "ZeroDivisionError",
        overflow => "OverflowError",
        memory => "MemoryError",
        buffer => "BufferError",
        ufunc_type => "UFuncTypeError",
        module_not_found => "ModuleNotFoundError",
        import => "ImportError",
        not_implemented => "NotImplementedError",
        axis => "AxisError",
        runtime => "RuntimeError",
        keyboard_interrupt => "KeyboardInterrupt",
        os => "OSError",
        file_not_found => "FileNotFoundError",
    }

    /// The error leaves a call of function `name`: the place inside it goes to the
    /// traceback, and the caller's place will be attached next.
    pub fn leave_function(mut self, name: &std::rc::Rc<str>) -> PyErr {
        if let Some(sp) = self.span.take() {
            self.trace.push((sp, name.clone()));
        }
        self
    }

    /// Attach a span unless a more precise one is already there.
    pub fn at(mut self, span: Span) -> PyErr {
        if self.span.is_none() {
            self.span = Some(span);
        }
        self
    }
}

impl std::ops::Deref for PyErr {
    type Target = ErrInfo;
    fn deref(&self) -> &ErrInfo {
        &self.0
    }
}

impl std::ops::DerefMut for PyErr {
    fn deref_mut(&mut self) -> &mut ErrInfo {
        &mut self.0
    }
}

impl fmt::Display for PyErr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.msg.is_empty() {
            f.write_str(self.class)
        } else {
            write!(f, "{}: {}", self.class, self.msg)
        }
    }
}

impl std::error::Error for PyErr {}
