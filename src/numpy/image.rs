//! `from PIL import Image`: Pillow's `Image.fromarray` (its mode inference and errors),
//! `Image.open` of PNG files, `img.size`/`img.mode`, `img.save(path)` as PNG,
//! `np.asarray(img)` (a read-only view of the pixel bytes, as Pillow's is) and `img.show()`,
//! which draws the picture in the terminal (`numpy::show`).
//!
//! The pixels are kept exactly as `np.asarray(img)` returns them (bool for mode `'1'`,
//! uint8 bands for `'L'`/`'LA'`/`'RGB'`/`'RGBA'`, int32 for `'I'`, float32 for `'F'`,
//! uint16 for `'I;16'`), so converting back is a view of those bytes.

use super::objects::{host, HostObject};
use crate::array::dtype::DType;
use crate::array::kernels;
use crate::array::object::{ArrayRef, Base, NdArray};
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::value::args::{given, Args};
use crate::value::host::HostRef;
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

pub const METHODS: &[&str] = &["save", "show", "tobytes"];

/// A Pillow image: pixels row by row, `bands` elements of `dtype` per pixel.
pub struct Image {
    pub width: usize,
    pub height: usize,
    pub mode: &'static str,
    pub pixels: Rc<Vec<u8>>,
    /// Pillow's `PngImageFile` (from `Image.open`) reprs differently from a plain image.
    pub opened: bool,
}

/// Modes arrsh keeps: (mode, bands, element dtype).
const MODES: [(&str, usize, DType); 8] = [
    ("1", 1, DType::Bool),
    ("L", 1, DType::U8),
    ("P", 1, DType::U8),
    ("LA", 2, DType::U8),
    ("RGB", 3, DType::U8),
    ("RGBA", 4, DType::U8),
    ("I", 1, DType::I32),
    ("F", 1, DType::F32),
];

/// 16-bit grey, made from uint16 arrays (not by naming the mode) and by `Image.open`:
/// `'I;16'` native little-endian, `'I;16B'` big-endian (from `'>u2'` data, kept as is).
const I16: [(&str, usize, DType); 2] = [("I;16", 1, DType::U16), ("I;16B", 1, DType::U16)];

fn mode_info(mode: &str) -> Option<(&'static str, usize, DType)> {
    MODES
        .iter()
        .copied()
        .chain(I16)
        .find(|(m, _, _)| *m == mode)
}

/// `'I;16B'` pixels are stored big-endian; every other mode's in native order.
fn big_endian(mode: &str) -> bool {
    mode == "I;16B"
}

/// A 16-bit sample of a `'I;16'`/`'I;16B'` image.
fn sample16(mode: &str, b: [u8; 2]) -> u16 {
    if big_endian(mode) {
        u16::from_be_bytes(b)
    } else {
        u16::from_ne_bytes(b)
    }
}

impl Image {
    fn info(&self) -> (usize, DType) {
        mode_info(self.mode)
            .map(|(_, b, d)| (b, d))
            .unwrap_or((1, DType::U8))
    }

    pub fn repr(&self) -> String {
        format!(
            "<PIL.{} image mode={} size={}x{} at 0x{:X}>",
            if self.opened {
                "PngImagePlugin.PngImageFile"
            } else {
                "Image.Image"
            },
            self.mode,
            self.width,
            self.height,
            Rc::as_ptr(&self.pixels) as usize
        )
    }

    pub fn attr(&self, name: &str) -> Option<Value> {
        Some(match name {
            "size" => Value::ints([self.width as i128, self.height as i128]),
            "width" => Value::Int(self.width as i128),
            "height" => Value::Int(self.height as i128),
            "mode" => Value::str(self.mode),
            _ => return None,
        })
    }

    /// The shape `np.asarray(img)` has: `(height, width)` for one band, else with the bands.
    fn shape(&self) -> Vec<usize> {
        let (bands, _) = self.info();
        if bands == 1 {
            vec![self.height, self.width]
        } else {
            vec![self.height, self.width, bands]
        }
    }

    /// `np.asarray(img)`: a read-only array over the pixel bytes, whose base is the bytes
    /// object (Pillow exports its pixels through `__array_interface__` as `bytes`).
    pub fn to_array(&self) -> PyResult<ArrayRef> {
        let (_, dtype) = self.info();
        let owner = kernels::from_bytes(&self.pixels, vec![self.pixels.len()], DType::U8)?;
        owner.writeable.set(false);
        let shape = self.shape();
        let strides = crate::array::layout::c_strides(&shape, dtype.itemsize());
        let mut v = NdArray::view(&Rc::new(owner), 0, shape, strides, dtype)?;
        v.base = Base::Bytes(self.pixels.clone());
        v.swapped = big_endian(self.mode) == cfg!(target_endian = "little");
        v.may_write = false;
        v.writeable.set(false);
        Ok(Rc::new(v))
    }

    /// The pixels as 8-bit RGB, for drawing (grey modes repeat their value, alpha is
    /// dropped, `'1'` is black and white; `'I'`/`'F'` are clipped to 0..255 as Pillow's
    /// conversion to `'RGB'` does).
    pub fn to_rgb(&self) -> Vec<[u8; 3]> {
        let (bands, dtype) = self.info();
        let isz = dtype.itemsize();
        let px = &self.pixels;
        (0..self.width * self.height)
            .map(|i| {
                let at = i * bands * isz;
                let grey = |v: f64| {
                    let g = v.round().clamp(0.0, 255.0) as u8;
                    [g, g, g]
                };
                match (self.mode, dtype) {
                    ("1", _) => grey(if px[at] != 0 { 255.0 } else { 0.0 }),
                    (_, DType::I32) => grey(i32::from_ne_bytes(word(px, at)) as f64),
                    (_, DType::F32) => grey(f32::from_ne_bytes(word(px, at)) as f64),
                    (_, DType::U16) => grey(sample16(self.mode, [px[at], px[at + 1]]) as f64),
                    _ if bands >= 3 => [px[at], px[at + 1], px[at + 2]],
                    _ => [px[at], px[at], px[at]],
                }
            })
            .collect()
    }

    /// Save as PNG with the colour type and bit depth Pillow uses for the mode, through a
    /// temporary file renamed into place (a failed save never destroys an existing file).
    pub fn save_png(&self, path: &str) -> PyResult<()> {
        if self.width == 0 || self.height == 0 {
            return Err(PyErr::value("cannot write empty image"));
        }
        let (color, depth, data): (png::ColorType, png::BitDepth, Vec<u8>) = match self.mode {
            "1" => (
                png::ColorType::Grayscale,
                png::BitDepth::One,
                self.pack_bits(),
            ),
            "L" => (
                png::ColorType::Grayscale,
                png::BitDepth::Eight,
                self.pixels.to_vec(),
            ),
            "LA" => (
                png::ColorType::GrayscaleAlpha,
                png::BitDepth::Eight,
                self.pixels.to_vec(),
            ),
            "RGB" => (
                png::ColorType::Rgb,
                png::BitDepth::Eight,
                self.pixels.to_vec(),
            ),
            "RGBA" => (
                png::ColorType::Rgba,
                png::BitDepth::Eight,
                self.pixels.to_vec(),
            ),
            "I;16" | "I;16B" => (
                png::ColorType::Grayscale,
                png::BitDepth::Sixteen,
                self.pixels
                    .chunks_exact(2)
                    .flat_map(|c| sample16(self.mode, [c[0], c[1]]).to_be_bytes())
                    .collect(),
            ),
            // Pillow writes a palette PNG; arrsh keeps no palettes.
            "P" => {
                return Err(PyErr::not_implemented(
                    "arrsh: saving mode P images is not supported",
                ))
            }
            m => return Err(PyErr::os(format!("cannot write mode {} as PNG", m))),
        };
        let mut bytes = Vec::new();
        {
            let mut enc = png::Encoder::new(&mut bytes, self.width as u32, self.height as u32);
            enc.set_color(color);
            enc.set_depth(depth);
            let mut w = enc.write_header().map_err(|e| PyErr::os(e.to_string()))?;
            w.write_image_data(&data)
                .map_err(|e| PyErr::os(e.to_string()))?;
        }
        use std::io::Write;
        let io = crate::numpy::io::npy::io_err;
        crate::numpy::io::npy::save_atomically(std::path::Path::new(path), |w| {
            w.write_all(&bytes).map_err(io)
        })
    }

    /// Mode `'1'` rows as PNG's 1-bit samples, most significant bit first.
    fn pack_bits(&self) -> Vec<u8> {
        let row = self.width.div_ceil(8);
        let mut out = vec![0u8; row * self.height];
        for y in 0..self.height {
            for x in 0..self.width {
                if self.pixels[y * self.width + x] != 0 {
                    out[y * row + x / 8] |= 0x80 >> (x % 8);
                }
            }
        }
        out
    }
}

fn word(px: &[u8], at: usize) -> [u8; 4] {
    [px[at], px[at + 1], px[at + 2], px[at + 3]]
}

/// Python's repr of Pillow's type key `(1, 1) + shape[2:]`.
fn typekey_repr(shape: &[usize]) -> String {
    let mut parts = vec!["1".to_string(), "1".to_string()];
    parts.extend(shape.iter().skip(2).map(|d| d.to_string()));
    format!("({})", parts.join(", "))
}

/// Pillow's `_fromarray_typemap`: the mode an array's extra dimensions and typestr give,
/// and the other modes the same data may be read as.
fn typemap(extra: &[usize], typestr: &str) -> Option<(&'static str, &'static [&'static str])> {
    Some(match (extra, typestr) {
        ([], "|b1") => ("1", &[]),
        ([], "|u1") => ("L", &["P"]),
        ([], "|i1" | "<u2" | ">u2" | "<i2" | ">i2" | "<u4" | ">u4" | "<i4" | ">i4") => ("I", &[]),
        ([], "<f4" | ">f4" | "<f8" | ">f8") => ("F", &[]),
        ([2], "|u1") => ("LA", &["La", "PA"]),
        ([3], "|u1") => ("RGB", &["YCbCr", "LAB", "HSV"]),
        ([4], "|u1") => ("RGBA", &["RGBa", "RGBX", "CMYK"]),
        _ => return None,
    })
}

/// `Image.fromarray(obj, mode=None)`, following Pillow 13 step by step.
fn fromarray(args: &Args) -> PyResult<Value> {
    let a = args.bind("fromarray", &["obj", "mode"], 1)?;
    let obj = a[0].clone().unwrap_or(Value::None);
    let arr = match array_interface(&obj)? {
        Some(x) => x,
        None => {
            return Err(PyErr::attribute(format!(
                "'{}' object has no attribute '__array_interface__'",
                obj.type_of().short_name()
            )))
        }
    };
    let typestr = super::io::header::descr(arr.dtype, arr.swapped);
    let extra = arr.shape.get(2..).unwrap_or(&[]);
    let Some((typemode, color_modes)) = typemap(extra, &typestr) else {
        return Err(PyErr::type_err(format!(
            "Cannot handle this data type: {}, {}",
            typekey_repr(&arr.shape),
            typestr
        )));
    };
    let mut mode = match given(&a[1]) {
        None => typemode.to_string(),
        Some(m) => {
            let m = crate::format::str_of(m);
            if m != typemode && !color_modes.contains(&m.as_str()) {
                return Err(PyErr::value("Invalid mode for data type"));
            }
            m
        }
    };
    let ndmax = match mode.as_str() {
        "1" | "L" | "I" | "P" | "F" => 2,
        "RGB" => 3,
        _ => 4,
    };
    if arr.ndim() > ndmax {
        return Err(PyErr::value(format!(
            "Too many dimensions: {} > {}.",
            arr.ndim(),
            ndmax
        )));
    }
    if arr.ndim() == 0 {
        return Err(PyErr::index("tuple index out of range"));
    }
    // Pillow maps 16-bit unsigned data straight into an `'I;16'`/`'I;16B'` image (raw
    // modes it can map) instead of unpacking it to `'I'`.
    if given(&a[1]).is_none() && typestr.ends_with("u2") {
        mode = if typestr.starts_with('>') {
            "I;16B"
        } else {
            "I;16"
        }
        .to_string();
    }
    let Some((mode, _, dtype)) = mode_info(&mode) else {
        return Err(PyErr::not_implemented(format!(
            "arrsh: PIL images of mode '{}' are not supported (modes 1, L, P, LA, RGB, RGBA, I, I;16, I;16B and F are)",
            mode
        )));
    };
    let (width, height) = if arr.ndim() == 1 {
        (1, arr.shape[0])
    } else {
        (arr.shape[1], arr.shape[0])
    };
    // Pillow unpacks each raw mode into its storage type: casts as NumPy's astype does
    // (to native order; `'I;16B'` keeps the big-endian bytes).
    let mut pixels = kernels::to_bytes(&kernels::to_contiguous(&arr, dtype)?)?;
    if big_endian(mode) == cfg!(target_endian = "little") {
        crate::array::byteorder::swap_in_place(&mut pixels, dtype);
    }
    Ok(image_value(Image {
        width,
        height,
        mode,
        pixels: Rc::new(pixels),
        opened: false,
    }))
}

fn image_value(img: Image) -> Value {
    Value::Object(Rc::new(RefCell::new(HostObject::Image(img))))
}

/// The array an object exports through `__array_interface__`: arrays themselves, and
/// Pillow images as a read-only view of their pixels. `None` for anything else.
pub fn array_interface(v: &Value) -> PyResult<Option<ArrayRef>> {
    match v {
        Value::Array(a) => Ok(Some(a.clone())),
        Value::Object(o) => match host(&*o.borrow()) {
            Some(HostObject::Image(img)) => img.to_array().map(Some),
            _ => Ok(None),
        },
        _ => Ok(None),
    }
}

/// Pillow's `Image.MAX_IMAGE_PIXELS`: twice this many pixels is refused as a bomb.
const MAX_IMAGE_PIXELS: u64 = 89_478_485;

/// `Image.open(fp)` of a PNG file: read at once (Pillow reads lazily; the pixels are the
/// same). Modes as Pillow opens them: 1-bit grey `'1'`, 2/4/8-bit grey `'L'`, 16-bit grey
/// `'I;16'`, palette `'P'`, grey+alpha `'LA'` (16-bit: `'RGBA'`), `'RGB'`, `'RGBA'` (8 or
/// 16 bits).
fn open(args: &Args) -> PyResult<Value> {
    let a = args.bind("open", &["fp", "mode", "formats"], 1)?;
    let path = crate::format::str_of(a[0].as_ref().unwrap_or(&Value::None));
    let bytes = std::fs::read(&path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => {
            PyErr::file_not_found(format!("[Errno 2] No such file or directory: '{}'", path))
        }
        _ => PyErr::os(format!("{}: '{}'", e, path)),
    })?;
    let unidentified = || {
        PyErr::new(
            "PIL.UnidentifiedImageError",
            format!("cannot identify image file '{}'", path),
        )
    };
    // The pixel count is checked (Pillow's decompression-bomb rule) before anything of
    // the header's size is allocated; the decoder's own byte limit is then that size.
    let mut decoder = png::Decoder::new_with_limits(
        std::io::Cursor::new(&bytes),
        png::Limits {
            bytes: (2 * MAX_IMAGE_PIXELS * 8) as usize,
        },
    );
    decoder.set_transformations(png::Transformations::IDENTITY);
    let header = decoder.read_header_info().map_err(|_| unidentified())?;
    let (width, height) = (header.width as usize, header.height as usize);
    let pixels = width.max(1) as u64 * height.max(1) as u64;
    if pixels > 2 * MAX_IMAGE_PIXELS {
        return Err(PyErr::new(
            "PIL.Image.DecompressionBombError",
            format!(
                "Image size ({} pixels) exceeds limit of {} pixels, could be decompression bomb DOS attack.",
                pixels,
                2 * MAX_IMAGE_PIXELS
            ),
        ));
    }
    let mut reader = decoder.read_info().map_err(|_| unidentified())?;
    let (color, depth) = reader.output_color_type();
    let mut buf = vec![0u8; reader.output_buffer_size().ok_or_else(unidentified)?];
    let frame = reader
        .next_frame(&mut buf)
        .map_err(|_| PyErr::os("image file is truncated"))?;
    buf.truncate(frame.buffer_size());
    let line = frame.line_size;
    // Pillow's raw modes for PNG: low-depth grey is scaled to 0..255 (`L;2`, `L;4`),
    // 16-bit colour keeps each sample's high byte (`RGB;16B`), palette files keep their
    // indices (`P`).
    let high_bytes = |buf: Vec<u8>| buf.chunks_exact(2).map(|c| c[0]).collect::<Vec<u8>>();
    use png::{BitDepth as D, ColorType as C};
    let (mode, pixels): (&'static str, Vec<u8>) = match (color, depth) {
        (C::Grayscale, D::One) => ("1", unpack(&buf, width, height, line, 1, 1)),
        (C::Grayscale, D::Two) => ("L", unpack(&buf, width, height, line, 2, 85)),
        (C::Grayscale, D::Four) => ("L", unpack(&buf, width, height, line, 4, 17)),
        (C::Grayscale, D::Eight) => ("L", buf),
        (C::Grayscale, D::Sixteen) => (
            "I;16",
            buf.chunks_exact(2)
                .flat_map(|c| u16::from_be_bytes([c[0], c[1]]).to_ne_bytes())
                .collect(),
        ),
        (C::Indexed, D::Eight) => ("P", buf),
        (C::Indexed, d) => {
            let bits = d as u8 as usize;
            ("P", unpack(&buf, width, height, line, bits, 1))
        }
        (C::GrayscaleAlpha, D::Eight) => ("LA", buf),
        // Pillow opens 16-bit grey+alpha as RGBA (`LA;16B` unpacks to grey, grey, grey, alpha).
        (C::GrayscaleAlpha, D::Sixteen) => (
            "RGBA",
            high_bytes(buf)
                .chunks_exact(2)
                .flat_map(|p| [p[0], p[0], p[0], p[1]])
                .collect(),
        ),
        (C::Rgb, D::Eight) => ("RGB", buf),
        (C::Rgb, D::Sixteen) => ("RGB", high_bytes(buf)),
        (C::Rgba, D::Eight) => ("RGBA", buf),
        (C::Rgba, D::Sixteen) => ("RGBA", high_bytes(buf)),
        (c, d) => {
            return Err(PyErr::not_implemented(format!(
                "arrsh: cannot open {:?} PNG images of bit depth {} yet ('{}')",
                c, d as u8, path
            )))
        }
    };
    Ok(image_value(Image {
        width,
        height,
        mode,
        pixels: Rc::new(pixels),
        opened: true,
    }))
}

/// PNG rows of `bits`-bit samples (1, 2 or 4, most significant first) to one byte per
/// pixel, each sample multiplied by `scale`.
fn unpack(buf: &[u8], width: usize, height: usize, line: usize, bits: usize, scale: u8) -> Vec<u8> {
    let mask = (1u8 << bits) - 1;
    let mut out = Vec::with_capacity(width * height);
    for y in 0..height {
        for x in 0..width {
            let bit = x * bits;
            let byte = buf.get(y * line + bit / 8).copied().unwrap_or(0);
            let v = (byte >> (8 - bits - bit % 8)) & mask;
            out.push(v.wrapping_mul(scale));
        }
    }
    out
}

pub fn call(it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    match name {
        "PIL.Image.fromarray" => Some(fromarray(&args)),
        "PIL.Image.open" => Some(open(&args)),
        "PIL.Image.new" => Some(Err(PyErr::not_implemented(format!(
            "arrsh: {} is not supported",
            name
        )))),
        "arrsh.show" => Some(super::show::show_builtin(it, &args)),
        _ => None,
    }
}

pub fn call_method(it: &mut dyn Context, obj: &HostRef, name: &str, args: Args) -> PyResult<Value> {
    let o = obj.borrow();
    let Some(HostObject::Image(img)) = host(&*o) else {
        return Err(PyErr::attribute(name.to_string()));
    };
    match name {
        "save" => {
            let a = args.bind("save", &["fp", "format"], 1)?;
            let path = crate::format::str_of(a[0].as_ref().unwrap_or(&Value::None));
            img.save_png(&path)?;
            Ok(Value::None)
        }
        "show" => {
            args.bind("show", &["title"], 0)?;
            super::show::show_image(it, img)?;
            Ok(Value::None)
        }
        "tobytes" => Ok(Value::Bytes(img.pixels.clone())),
        _ => Err(PyErr::attribute(format!(
            "'Image' object has no attribute '{}'",
            name
        ))),
    }
}

pub const FAMILY: super::Family = super::Family { names: &[], call };
