//! File objects: `io.StringIO`, `io.BytesIO` and what `open()` returns (`TextIOWrapper`,
//! `BufferedReader`, `BufferedWriter`, `BufferedRandom`). They live on the value floor
//! because NumPy's readers and writers (`np.loadtxt(f)`, `np.save(f, x)`) take them as
//! CPython's do. A file object holds its whole content and a position: an in-memory one
//! is nothing else, a file on disk keeps that copy in step with the file (read when
//! opened, every write written through at once), so reading, seeking and writing follow
//! one set of rules for both.

use super::host::Host;
use super::{PyType, Value};
use crate::error::{PyErr, PyResult};
use std::io::{Seek, SeekFrom, Write};
use std::rc::Rc;

/// Which of Python's file classes an object is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileClass {
    StringIO,
    BytesIO,
    TextIOWrapper,
    BufferedReader,
    BufferedWriter,
    BufferedRandom,
}

impl FileClass {
    pub fn qualname(self) -> &'static str {
        match self {
            FileClass::StringIO => "_io.StringIO",
            FileClass::BytesIO => "_io.BytesIO",
            FileClass::TextIOWrapper => "_io.TextIOWrapper",
            FileClass::BufferedReader => "_io.BufferedReader",
            FileClass::BufferedWriter => "_io.BufferedWriter",
            FileClass::BufferedRandom => "_io.BufferedRandom",
        }
    }

    fn is_text(self) -> bool {
        matches!(self, FileClass::StringIO | FileClass::TextIOWrapper)
    }
}

/// The content: characters for text (positions count characters), bytes for binary.
/// A text file on disk is decoded when first read, so a decoding error is raised by the
/// read, as in CPython.
#[derive(Debug)]
enum Content {
    Text(Vec<char>),
    Bytes(Vec<u8>),
    Undecoded(Vec<u8>),
}

/// The text encodings `open(encoding=...)` knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Ascii,
    Latin1,
}

impl Encoding {
    /// The codec of a Python encoding name, or None for one arrsh does not have.
    pub fn named(name: &str) -> Option<Encoding> {
        let n = name.to_ascii_lowercase().replace('_', "-");
        Some(match n.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" => Encoding::Utf8,
            "ascii" | "us-ascii" | "646" => Encoding::Ascii,
            "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "cp819" => Encoding::Latin1,
            _ => return None,
        })
    }

    fn codec(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Ascii => "ascii",
            Encoding::Latin1 => "latin-1",
        }
    }

    fn encode(self, s: &[char]) -> PyResult<Vec<u8>> {
        match self {
            Encoding::Utf8 => Ok(s.iter().collect::<String>().into_bytes()),
            Encoding::Ascii | Encoding::Latin1 => {
                let limit = if self == Encoding::Ascii { 0x80 } else { 0x100 };
                s.iter()
                    .enumerate()
                    .map(|(i, &c)| {
                        if (c as u32) < limit {
                            Ok(c as u8)
                        } else {
                            Err(PyErr::new(
                                "UnicodeEncodeError",
                                format!(
                                    "'{}' codec can't encode character '{}' in position {}: ordinal not in range({})",
                                    self.codec(),
                                    char_escape(c),
                                    i,
                                    limit
                                ),
                            ))
                        }
                    })
                    .collect()
            }
        }
    }

    fn decode(self, b: &[u8]) -> PyResult<Vec<char>> {
        match self {
            Encoding::Latin1 => Ok(b.iter().map(|&x| x as char).collect()),
            Encoding::Ascii => match b.iter().position(|&x| x >= 0x80) {
                Some(i) => Err(PyErr::new(
                    "UnicodeDecodeError",
                    format!(
                        "'ascii' codec can't decode byte {:#04x} in position {}: ordinal not in range(128)",
                        b[i], i
                    ),
                )),
                None => Ok(b.iter().map(|&x| x as char).collect()),
            },
            Encoding::Utf8 => match std::str::from_utf8(b) {
                Ok(s) => Ok(s.chars().collect()),
                Err(e) => {
                    let i = e.valid_up_to();
                    let reason = match e.error_len() {
                        None => "unexpected end of data",
                        Some(_) if (0x80..0xc2).contains(&b[i]) || b[i] >= 0xf5 => {
                            "invalid start byte"
                        }
                        Some(_) => "invalid continuation byte",
                    };
                    Err(PyErr::new(
                        "UnicodeDecodeError",
                        format!(
                            "'utf-8' codec can't decode byte {:#04x} in position {}: {}",
                            b[i], i, reason
                        ),
                    ))
                }
            },
        }
    }
}

/// A character outside the codec as CPython's message writes it: `\xe9` below 0x100,
/// `\u20ac` in the basic plane, `\U0001f600` above.
fn char_escape(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{:02x}", n)
    } else if n < 0x10000 {
        format!("\\u{:04x}", n)
    } else {
        format!("\\U{:08x}", n)
    }
}

/// A file on disk behind a file object.
#[derive(Debug)]
pub struct Disk {
    pub file: std::fs::File,
    /// `f.name` (the argument `open` got) and its repr.
    pub name: Value,
    pub name_repr: String,
    /// `f.mode` as `open` got it.
    pub mode: String,
    /// `f.encoding` as given (CPython shows the locale's `UTF-8` when none was).
    pub encoding_name: String,
    pub encoding: Encoding,
    /// Writes go to the end, whatever the position (`'a'`).
    pub append: bool,
}

#[derive(Debug)]
pub struct PyFile {
    pub class: FileClass,
    content: Content,
    /// A character index for text, a byte index for binary content.
    pos: usize,
    pub closed: bool,
    pub readable: bool,
    pub writable: bool,
    /// Universal newlines on reading: `\r\n` and `\r` read as `\n` (text files opened
    /// with `newline=None`, the default).
    translate: bool,
    pub disk: Option<Disk>,
}

/// What `read`/`readline` return: `str` for text objects, `bytes` for binary ones.
pub enum Chunk {
    Text(String),
    Bytes(Vec<u8>),
}

impl Chunk {
    pub fn into_value(self) -> Value {
        match self {
            Chunk::Text(s) => Value::str(&s),
            Chunk::Bytes(b) => Value::Bytes(Rc::new(b)),
        }
    }
    fn is_empty(&self) -> bool {
        match self {
            Chunk::Text(s) => s.is_empty(),
            Chunk::Bytes(b) => b.is_empty(),
        }
    }
}

/// CPython's `io.UnsupportedOperation` (an `OSError` and a `ValueError`).
pub fn unsupported(what: &str) -> PyErr {
    PyErr::new("UnsupportedOperation", what)
}

impl PyFile {
    /// `io.StringIO(initial)`: positioned at the start, reading and writing.
    pub fn string_io(initial: &str) -> PyFile {
        PyFile::memory(
            FileClass::StringIO,
            Content::Text(initial.chars().collect()),
        )
    }

    /// `io.BytesIO(initial)`.
    pub fn bytes_io(initial: Vec<u8>) -> PyFile {
        PyFile::memory(FileClass::BytesIO, Content::Bytes(initial))
    }

    fn memory(class: FileClass, content: Content) -> PyFile {
        PyFile {
            class,
            content,
            pos: 0,
            closed: false,
            readable: true,
            writable: true,
            translate: false,
            disk: None,
        }
    }

    /// A file opened on disk with its current bytes (`existing`, empty when truncated),
    /// positioned at the start, or at the end for `'a'`.
    pub fn on_disk(
        class: FileClass,
        disk: Disk,
        existing: Vec<u8>,
        readable: bool,
        writable: bool,
        translate: bool,
    ) -> PyFile {
        let at_end = disk.append;
        let content = if class.is_text() {
            Content::Undecoded(existing)
        } else {
            Content::Bytes(existing)
        };
        let mut f = PyFile {
            class,
            content,
            pos: 0,
            closed: false,
            readable,
            writable,
            translate,
            disk: Some(disk),
        };
        if at_end {
            // Appending needs the length only; a text file's characters are decoded for it.
            if let Ok(n) = f.len() {
                f.pos = n;
            }
        }
        f
    }

    pub fn is_text(&self) -> bool {
        self.class.is_text()
    }

    /// The message for an operation on a closed file (StringIO's has no full stop).
    pub fn check_open(&self) -> PyResult<()> {
        if !self.closed {
            return Ok(());
        }
        Err(PyErr::value(match self.class {
            FileClass::StringIO => "I/O operation on closed file",
            _ => "I/O operation on closed file.",
        }))
    }

    fn check_readable(&self) -> PyResult<()> {
        self.check_open()?;
        if self.readable {
            return Ok(());
        }
        Err(unsupported(match self.class {
            FileClass::TextIOWrapper => "not readable",
            _ => "read",
        }))
    }

    fn check_writable(&self) -> PyResult<()> {
        self.check_open()?;
        if self.writable {
            return Ok(());
        }
        Err(unsupported(match self.class {
            FileClass::TextIOWrapper => "not writable",
            _ => "write",
        }))
    }

    fn encoding(&self) -> Encoding {
        self.disk.as_ref().map_or(Encoding::Utf8, |d| d.encoding)
    }

    /// Decode a text file's bytes on first use.
    fn decoded(&mut self) -> PyResult<()> {
        if let Content::Undecoded(b) = &self.content {
            let chars = self.encoding().decode(b)?;
            self.content = Content::Text(chars);
        }
        Ok(())
    }

    fn len(&mut self) -> PyResult<usize> {
        self.decoded()?;
        Ok(match &self.content {
            Content::Text(c) => c.len(),
            Content::Bytes(b) | Content::Undecoded(b) => b.len(),
        })
    }

    /// Up to `limit` items (all for None) from the position, stopping after a newline
    /// when `line` (a text file's `\r\n` and `\r` end lines too when translating).
    fn take(&mut self, limit: Option<usize>, line: bool) -> PyResult<Chunk> {
        self.check_readable()?;
        self.decoded()?;
        let limit = limit.unwrap_or(usize::MAX);
        let start = self.pos;
        match &self.content {
            Content::Text(c) => {
                let mut out = String::new();
                let mut i = start.min(c.len());
                let mut n = 0;
                while i < c.len() && n < limit {
                    let ch = c[i];
                    i += 1;
                    n += 1;
                    if self.translate && ch == '\r' {
                        if c.get(i) == Some(&'\n') {
                            i += 1;
                        }
                        out.push('\n');
                        if line {
                            break;
                        }
                        continue;
                    }
                    out.push(ch);
                    if line && ch == '\n' {
                        break;
                    }
                }
                self.pos = i.max(start);
                Ok(Chunk::Text(out))
            }
            Content::Bytes(b) | Content::Undecoded(b) => {
                let from = start.min(b.len());
                let mut to = from.saturating_add(limit).min(b.len());
                if line {
                    if let Some(k) = b[from..to].iter().position(|&x| x == b'\n') {
                        to = from + k + 1;
                    }
                }
                self.pos = to.max(start);
                Ok(Chunk::Bytes(b[from..to].to_vec()))
            }
        }
    }

    /// `f.read(size=-1)`.
    pub fn read(&mut self, size: Option<usize>) -> PyResult<Chunk> {
        self.take(size, false)
    }

    /// `f.readline(size=-1)`.
    pub fn readline(&mut self, size: Option<usize>) -> PyResult<Chunk> {
        self.take(size, true)
    }

    /// The next line for iteration, None at the end of the file.
    pub fn next_line(&mut self) -> PyResult<Option<Chunk>> {
        let line = self.readline(None)?;
        Ok((!line.is_empty()).then_some(line))
    }

    /// `f.readlines(hint=-1)`: lines until their total length exceeds `hint`.
    pub fn readlines(&mut self, hint: Option<usize>) -> PyResult<Vec<Chunk>> {
        let mut out = Vec::new();
        let mut total = 0;
        while let Some(line) = self.next_line()? {
            total += match &line {
                Chunk::Text(s) => s.chars().count(),
                Chunk::Bytes(b) => b.len(),
            };
            out.push(line);
            if hint.is_some_and(|h| total > h) {
                break;
            }
        }
        Ok(out)
    }

    /// `f.write(s)`: a `str` for text objects, bytes for binary ones; returns how many
    /// characters or bytes were written.
    pub fn write(&mut self, v: &Value) -> PyResult<usize> {
        self.check_writable()?;
        if self.is_text() {
            let Value::Str(s) = v else {
                return Err(PyErr::type_err(match self.class {
                    FileClass::StringIO => format!(
                        "string argument expected, got '{}'",
                        v.type_of().short_name()
                    ),
                    _ => format!(
                        "write() argument must be str, not {}",
                        v.type_of().short_name()
                    ),
                }));
            };
            let chars: Vec<char> = s.chars().collect();
            self.write_chars(&chars)?;
            Ok(chars.len())
        } else {
            let bytes = match v {
                Value::Bytes(b) => b.to_vec(),
                Value::Memory(a) => crate::array::kernels::to_bytes(a)?,
                Value::Array(a) => crate::array::kernels::to_bytes(a)?,
                other => {
                    return Err(PyErr::type_err(format!(
                        "a bytes-like object is required, not '{}'",
                        other.type_of().short_name()
                    )))
                }
            };
            self.write_bytes(&bytes)?;
            Ok(bytes.len())
        }
    }

    /// Write characters at the position (the end when appending), padding a gap past the
    /// end with NULs as CPython's StringIO does.
    fn write_chars(&mut self, s: &[char]) -> PyResult<()> {
        self.decoded()?;
        let end = self.len()?;
        if self.disk.as_ref().is_some_and(|d| d.append) {
            self.pos = end;
        }
        let at_byte = self.tell_bytes()?;
        let pos = self.pos;
        if let Content::Text(c) = &mut self.content {
            if pos > c.len() {
                c.resize(pos, '\0');
            }
            let stop = (pos + s.len()).min(c.len());
            c.splice(pos..stop, s.iter().copied());
        }
        self.pos = pos + s.len();
        if self.disk.is_some() {
            let bytes = self.encoding().encode(s)?;
            self.write_through(at_byte, &bytes)?;
        }
        Ok(())
    }

    /// Write bytes at the position (the end when appending) of a binary object.
    fn write_bytes(&mut self, s: &[u8]) -> PyResult<()> {
        self.check_writable()?;
        let end = self.len()?;
        if self.disk.as_ref().is_some_and(|d| d.append) {
            self.pos = end;
        }
        let pos = self.pos;
        if let Content::Bytes(b) = &mut self.content {
            if pos > b.len() {
                b.resize(pos, 0);
            }
            let stop = (pos + s.len()).min(b.len());
            b.splice(pos..stop, s.iter().copied());
        }
        self.pos = pos + s.len();
        self.write_through(pos as u64, s)
    }

    /// Write `bytes` at byte offset `at` of the file on disk, if there is one.
    fn write_through(&mut self, at: u64, bytes: &[u8]) -> PyResult<()> {
        let Some(d) = self.disk.as_mut() else {
            return Ok(());
        };
        let r = d
            .file
            .seek(SeekFrom::Start(at))
            .and_then(|_| d.file.write_all(bytes));
        r.map_err(|e| PyErr::os(format!("[Errno {}] {}", e.raw_os_error().unwrap_or(0), e)))
    }

    /// The position as bytes: a text file's `tell()` is the byte offset of its position.
    fn tell_bytes(&mut self) -> PyResult<u64> {
        if self.class != FileClass::TextIOWrapper {
            return Ok(self.pos as u64);
        }
        self.decoded()?;
        let enc = self.encoding();
        Ok(match &self.content {
            Content::Text(c) => match enc {
                Encoding::Utf8 => c[..self.pos.min(c.len())]
                    .iter()
                    .map(|ch| ch.len_utf8() as u64)
                    .sum(),
                _ => self.pos as u64,
            },
            _ => self.pos as u64,
        })
    }

    /// `f.tell()`.
    pub fn tell(&mut self) -> PyResult<u64> {
        self.check_open()?;
        self.tell_bytes()
    }

    /// `f.seek(offset, whence=0)`, with CPython's rules: text objects seek only to the
    /// start of a position (`whence=0`) or by 0 from the current position or the end.
    pub fn seek(&mut self, offset: i128, whence: i128) -> PyResult<u64> {
        self.check_open()?;
        let len = self.len()? as i128;
        let text = self.is_text();
        let target = match whence {
            0 => {
                if offset < 0 {
                    return Err(PyErr::value(format!("Negative seek position {}", offset)));
                }
                if self.class == FileClass::TextIOWrapper {
                    self.char_index_of_byte(offset as usize)
                } else {
                    offset
                }
            }
            1 | 2 if text && offset != 0 => {
                return Err(match self.class {
                    FileClass::StringIO => PyErr::os("Can't do nonzero cur-relative seeks"),
                    _ => unsupported(if whence == 1 {
                        "can't do nonzero cur-relative seeks"
                    } else {
                        "can't do nonzero end-relative seeks"
                    }),
                })
            }
            1 => (self.pos as i128 + offset).max(0),
            2 => (len + offset).max(0),
            _ => {
                return Err(PyErr::value(format!(
                    "invalid whence ({}, should be 0, 1 or 2)",
                    whence
                )))
            }
        };
        self.pos =
            usize::try_from(target).map_err(|_| PyErr::overflow("seek position too large"))?;
        self.tell_bytes()
    }

    /// The character index at byte offset `b` of a text file (its end past the content).
    fn char_index_of_byte(&self, b: usize) -> i128 {
        let Content::Text(c) = &self.content else {
            return b as i128;
        };
        if self.encoding() != Encoding::Utf8 {
            return b as i128;
        }
        let mut at = 0;
        for (i, ch) in c.iter().enumerate() {
            if at >= b {
                return i as i128;
            }
            at += ch.len_utf8();
        }
        (c.len() + (b - at.min(b))) as i128
    }

    /// `f.truncate(size=None)`: cut at `size` (the position by default), keep the position.
    pub fn truncate(&mut self, size: Option<usize>) -> PyResult<usize> {
        self.check_writable()?;
        self.decoded()?;
        let size = size.unwrap_or(self.pos);
        let byte_size = match (&self.content, self.class) {
            (Content::Text(c), FileClass::TextIOWrapper) => {
                c[..size.min(c.len())].iter().map(|ch| ch.len_utf8()).sum()
            }
            _ => size,
        };
        match &mut self.content {
            Content::Text(c) => c.truncate(size),
            Content::Bytes(b) | Content::Undecoded(b) => b.truncate(size),
        }
        if let Some(d) = &self.disk {
            d.file
                .set_len(byte_size as u64)
                .map_err(|e| PyErr::os(e.to_string()))?;
        }
        Ok(size)
    }

    /// `StringIO.getvalue()` / `BytesIO.getvalue()`.
    pub fn getvalue(&mut self) -> PyResult<Value> {
        self.check_open()?;
        Ok(match &self.content {
            Content::Text(c) => Value::str(&c.iter().collect::<String>()),
            Content::Bytes(b) | Content::Undecoded(b) => Value::Bytes(Rc::new(b.clone())),
        })
    }

    /// `f.close()`: later operations raise; closing twice is allowed.
    pub fn close(&mut self) {
        self.closed = true;
        if let Some(d) = &mut self.disk {
            let _ = d.file.flush();
        }
    }

    /// Everything from the position on, as text (what `np.loadtxt(f)` reads).
    pub fn read_rest_text(&mut self) -> PyResult<String> {
        match self.read(None)? {
            Chunk::Text(s) => Ok(s),
            Chunk::Bytes(b) => Ok(String::from_utf8_lossy(&b).into_owned()),
        }
    }

    /// Everything from the position on, as bytes (what `np.load(f)` reads).
    pub fn read_rest_bytes(&mut self) -> PyResult<Vec<u8>> {
        match self.read(None)? {
            Chunk::Text(s) => Ok(s.into_bytes()),
            Chunk::Bytes(b) => Ok(b),
        }
    }

    /// Text to a text object, or its latin-1 bytes to a binary one (as `np.savetxt` writes).
    pub fn write_text(&mut self, s: &str) -> PyResult<()> {
        if self.is_text() {
            self.check_writable()?;
            let chars: Vec<char> = s.chars().collect();
            self.write_chars(&chars)
        } else {
            let bytes = Encoding::Latin1.encode(&s.chars().collect::<Vec<_>>())?;
            self.write_bytes(&bytes)
        }
    }
}

impl Host for PyFile {
    fn py_type(&self) -> PyType {
        PyType::Named(self.class.qualname())
    }

    fn repr(&self) -> String {
        match (&self.disk, self.class) {
            (Some(d), FileClass::TextIOWrapper) => format!(
                "<_io.TextIOWrapper name={} mode={} encoding={}>",
                d.name_repr,
                quoted(&d.mode),
                quoted(&d.encoding_name)
            ),
            (Some(d), c) => format!("<{} name={}>", c.qualname(), d.name_repr),
            (None, c) => format!(
                "<{} object at 0x{:x}>",
                c.qualname(),
                self as *const PyFile as usize
            ),
        }
    }

    fn attr(&self, name: &str) -> Option<Value> {
        match name {
            "closed" => Some(Value::Bool(self.closed)),
            _ => {
                let d = self.disk.as_ref()?;
                match name {
                    "name" => Some(d.name.clone()),
                    "mode" => Some(Value::str(&d.mode)),
                    "encoding" if self.is_text() => Some(Value::str(&d.encoding_name)),
                    _ => None,
                }
            }
        }
    }

    /// A file iterates its lines from the position on, and is its own iterator.
    fn is_iterator(&self) -> bool {
        true
    }

    fn next_item(&mut self) -> PyResult<Option<Value>> {
        Ok(self.next_line()?.map(Chunk::into_value))
    }

    fn has_method(&self, name: &str) -> bool {
        METHODS.contains(&name)
            || (name == "getvalue" && self.disk.is_none())
            || (name == "fileno" && self.disk.is_some())
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

/// The methods every file object has.
pub const METHODS: &[&str] = &[
    "close",
    "flush",
    "read",
    "readable",
    "readline",
    "readlines",
    "seek",
    "seekable",
    "tell",
    "truncate",
    "writable",
    "write",
    "writelines",
    "__enter__",
    "__exit__",
    "__iter__",
    "__next__",
];

/// A mode or encoding in quotes, as the repr shows them (they hold no quotes).
fn quoted(s: &str) -> String {
    format!("'{}'", s)
}

/// The file object behind a value, if it is one.
pub fn of(v: &Value) -> Option<std::rc::Rc<std::cell::RefCell<dyn Host>>> {
    match v {
        Value::Object(o) if o.borrow().as_any().is::<PyFile>() => Some(o.clone()),
        _ => None,
    }
}

/// Run `f` on the file object behind `v` (None when `v` is not one).
pub fn with_file<R>(v: &Value, f: impl FnOnce(&mut PyFile) -> R) -> Option<R> {
    let o = of(v)?;
    let mut b = o.borrow_mut();
    let file = b.as_any_mut().downcast_mut::<PyFile>()?;
    Some(f(file))
}
