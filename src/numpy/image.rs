//! `from PIL import Image`: enough of PIL to turn a uint8 array into an image and save it
//! as PNG (`Image.fromarray(data, 'RGB')`, `img.save('my.png')`, `img.show()`).

use super::objects::HostObject;
use crate::array::dtype::DType;
use crate::array::kernels;
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::value::args::{given, Args};
use crate::value::convert::as_array;
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

pub const METHODS: &[&str] = &["save", "show", "tobytes"];

/// An 8-bit image: pixels row by row, `channels` bytes per pixel.
pub struct Image {
    pub width: usize,
    pub height: usize,
    pub mode: &'static str,
    pub pixels: Vec<u8>,
}

impl Image {
    fn channels(&self) -> usize {
        match self.mode {
            "L" => 1,
            "RGB" => 3,
            _ => 4,
        }
    }

    pub fn repr(&self) -> String {
        format!(
            "<PIL.Image.Image image mode={} size={}x{} at 0x{:X}>",
            self.mode,
            self.width,
            self.height,
            self.pixels.as_ptr() as usize
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

    fn save_png(&self, path: &str) -> PyResult<()> {
        let file =
            std::fs::File::create(path).map_err(|e| PyErr::os(format!("{}: '{}'", e, path)))?;
        let mut enc = png::Encoder::new(
            std::io::BufWriter::new(file),
            self.width as u32,
            self.height as u32,
        );
        enc.set_color(match self.mode {
            "L" => png::ColorType::Grayscale,
            "RGB" => png::ColorType::Rgb,
            _ => png::ColorType::Rgba,
        });
        enc.set_depth(png::BitDepth::Eight);
        let mut w = enc.write_header().map_err(|e| PyErr::os(e.to_string()))?;
        w.write_image_data(&self.pixels)
            .map_err(|e| PyErr::os(e.to_string()))?;
        Ok(())
    }
}

fn cannot_handle(shape: &[usize], typestr: &str) -> PyErr {
    let ones: Vec<String> = shape
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            if i < 2 {
                "1".to_string()
            } else {
                d.to_string()
            }
        })
        .collect();
    let t = if ones.len() == 1 {
        format!("({},)", ones[0])
    } else {
        format!("({})", ones.join(", "))
    };
    PyErr::type_err(format!("Cannot handle this data type: {}, {}", t, typestr))
}

/// `Image.fromarray(obj, mode=None)`.
fn fromarray(args: &Args) -> PyResult<Value> {
    let a = args.bind("fromarray", &["obj", "mode"], 1)?;
    let arr = as_array(a[0].as_ref().unwrap_or(&Value::None))?;
    let inferred = match (arr.ndim(), arr.shape.get(2)) {
        (2, _) => "L",
        (3, Some(3)) => "RGB",
        (3, Some(4)) => "RGBA",
        _ => return Err(cannot_handle(&arr.shape, &arr.dtype.typestr())),
    };
    if arr.dtype != DType::U8 {
        return Err(cannot_handle(&arr.shape, &arr.dtype.typestr()));
    }
    let mode = match given(&a[1]).map(crate::format::str_of).as_deref() {
        None => inferred,
        Some("L") => "L",
        Some("RGB") => "RGB",
        Some("RGBA") => "RGBA",
        Some(m) => {
            return Err(PyErr::value(format!(
                "arrsh images support modes L, RGB and RGBA, not {}",
                m
            )))
        }
    };
    let img = Image {
        width: arr.shape[1],
        height: arr.shape[0],
        mode,
        pixels: Vec::new(),
    };
    if img.channels() != if arr.ndim() == 2 { 1 } else { arr.shape[2] } {
        return Err(PyErr::value("not enough image data"));
    }
    let pixels = kernels::to_bytes(&arr)?;
    Ok(Value::Object(Rc::new(RefCell::new(HostObject::Image(
        Image { pixels, ..img },
    )))))
}

pub fn call(_it: &mut dyn Context, name: &str, args: Args) -> Option<PyResult<Value>> {
    match name {
        "PIL.Image.fromarray" => Some(fromarray(&args)),
        "PIL.Image.new" | "PIL.Image.open" => Some(Err(PyErr::not_implemented(format!(
            "arrsh: {} is not supported",
            name
        )))),
        _ => None,
    }
}

pub fn call_method(
    _it: &mut dyn Context,
    obj: &Rc<RefCell<HostObject>>,
    name: &str,
    args: Args,
) -> PyResult<Value> {
    let o = obj.borrow();
    let HostObject::Image(img) = &*o else {
        return Err(PyErr::attribute(name.to_string()));
    };
    match name {
        "save" => {
            let a = args.bind("save", &["fp", "format"], 1)?;
            let path = crate::format::str_of(a[0].as_ref().unwrap_or(&Value::None));
            img.save_png(&path)?;
            Ok(Value::None)
        }
        // Showing needs a window; in a shell there is none, so like PIL without a viewer
        // this does nothing.
        "show" => Ok(Value::None),
        "tobytes" => Ok(Value::Bytes(Rc::new(img.pixels.clone()))),
        _ => Err(PyErr::attribute(format!(
            "'Image' object has no attribute '{}'",
            name
        ))),
    }
}

pub const FAMILY: super::Family = super::Family { names: &[], call };
