//! `show(x)` and `img.show()`: turn an image or an array into a picture and draw it in the
//! terminal (`numpy::terminal_picture`), or, when the output is not a terminal, save it as
//! a PNG and say where in one line on standard error — never escape codes into a pipe.
//!
//! Images are drawn as they are; 2-d (and 1-d, as one row) numeric arrays as a heatmap on
//! the viridis scale with a colour bar from the minimum to the maximum; boolean arrays in
//! black (False) and white (True); `(h, w, 3|4)` uint8 arrays as RGB pictures.

use super::image::Image;
use super::terminal_picture::{self, Picture};
use crate::array::dtype::DType;
use crate::array::kernels;
use crate::error::{PyErr, PyResult};
use crate::numpy::context::Context;
use crate::value::args::Args;
use crate::value::Value;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The built-in `show(x)`.
pub fn show_builtin(ctx: &mut dyn Context, args: &Args) -> PyResult<Value> {
    let a = args.bind("show", &["x"], 1)?;
    let v = a[0].clone().unwrap_or(Value::None);
    if let Value::Object(o) = &v {
        if let Some(super::objects::HostObject::Image(img)) = super::objects::host(&*o.borrow()) {
            show_image(ctx, img)?;
            return Ok(Value::None);
        }
    }
    let arr = crate::value::convert::as_array(&v)?;
    if arr.size() == 0 {
        return Err(PyErr::value(format!(
            "show() cannot draw an empty array (shape {})",
            crate::array::layout::shape_str(&arr.shape)
        )));
    }
    let pic = array_picture(&arr)?;
    present(ctx, &pic)?;
    Ok(Value::None)
}

/// `img.show()`.
pub fn show_image(ctx: &mut dyn Context, img: &Image) -> PyResult<()> {
    present(
        ctx,
        &Picture {
            width: img.width,
            height: img.height,
            rgb: img.to_rgb(),
            scale: None,
        },
    )
}

/// The picture of an array, or a TypeError naming what can be shown.
pub fn array_picture(arr: &crate::array::object::NdArray) -> PyResult<Picture> {
    let shape = arr.shape.as_slice();
    let refuse = || {
        PyErr::type_err(format!(
            "show() draws images, 1-d or 2-d numeric or boolean arrays and (h, w, 3|4) uint8 arrays, not an array of shape {} and dtype {}",
            crate::format::repr(&Value::ints(shape.iter().map(|&d| d as i128))),
            arr.dtype.name()
        ))
    };
    let (height, width) = match *shape {
        [n] => (1, n),
        [h, w] => (h, w),
        [h, w, 3 | 4] if arr.dtype == DType::U8 => {
            let bytes = kernels::to_bytes(arr)?;
            let bands = shape[2];
            let rgb = bytes
                .chunks_exact(bands)
                .map(|p| [p[0], p[1], p[2]])
                .collect();
            return Ok(Picture {
                width: w,
                height: h,
                rgb,
                scale: None,
            });
        }
        _ => return Err(refuse()),
    };
    if arr.dtype.is_complex() {
        return Err(refuse());
    }
    if arr.dtype == DType::Bool {
        let bytes = kernels::to_bytes(arr)?;
        let rgb = bytes
            .iter()
            .map(|&b| if b != 0 { [255; 3] } else { [0; 3] })
            .collect();
        return Ok(Picture {
            width,
            height,
            rgb,
            scale: None,
        });
    }
    let values = kernels::to_vec::<f64>(arr)?;
    let finite = values.iter().copied().filter(|v| v.is_finite());
    let (lo, hi) = finite.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    let rgb = values
        .iter()
        .map(|&v| {
            if !v.is_finite() {
                // nan and ±inf are off the scale: mid grey.
                [128; 3]
            } else if hi > lo {
                terminal_picture::viridis((v - lo) / (hi - lo))
            } else {
                terminal_picture::viridis(0.5)
            }
        })
        .collect();
    let (lo, hi) = if lo <= hi {
        (lo, hi)
    } else {
        (f64::NAN, f64::NAN)
    };
    let label = |v: f64| {
        if v.is_finite() && !arr.dtype.is_float() {
            format!("{}", v as i128)
        } else {
            crate::format::float_repr(v)
        }
    };
    Ok(Picture {
        width,
        height,
        rgb,
        scale: Some((label(lo), label(hi))),
    })
}

/// Draw on the terminal, or save a PNG and say where.
fn present(ctx: &mut dyn Context, pic: &Picture) -> PyResult<()> {
    if ctx.terminal() {
        ctx.print(&terminal_picture::draw(pic));
        return Ok(());
    }
    let path = temp_png_path();
    let img = Image {
        width: pic.width,
        height: pic.height,
        mode: "RGB",
        pixels: Rc::new(pic.rgb.iter().flatten().copied().collect()),
        opened: false,
    };
    img.save_png(&path)?;
    let scale = match &pic.scale {
        Some((lo, hi)) => format!(" (heatmap from min {} to max {})", lo, hi),
        None => String::new(),
    };
    ctx.note(&format!(
        "show: standard output is not a terminal; saved the {}x{} picture{} to {}",
        pic.width, pic.height, scale, path
    ));
    Ok(())
}

/// A fresh file name in the temporary folder for this process's `n`-th picture.
fn temp_png_path() -> String {
    static COUNT: AtomicUsize = AtomicUsize::new(0);
    let n = COUNT.fetch_add(1, Ordering::Relaxed) + 1;
    std::env::temp_dir()
        .join(format!("arrsh-show-{}-{}.png", std::process::id(), n))
        .display()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::array::element::Bool8;
    use crate::array::object::NdArray;

    #[test]
    fn booleans_are_black_and_white() {
        let a = NdArray::from_vec(vec![Bool8(1), Bool8(0), Bool8(0), Bool8(1)], &[2, 2])
            .expect("array");
        let p = array_picture(&a).expect("picture");
        assert_eq!((p.width, p.height), (2, 2));
        assert_eq!(p.rgb, vec![[255; 3], [0; 3], [0; 3], [255; 3]]);
        assert!(p.scale.is_none());
    }

    #[test]
    fn numbers_are_a_viridis_heatmap_from_min_to_max() {
        let a = NdArray::from_vec(vec![3i64, 7, 5, 4], &[1, 4]).expect("array");
        let p = array_picture(&a).expect("picture");
        assert_eq!(p.rgb[0], terminal_picture::viridis(0.0));
        assert_eq!(p.rgb[1], terminal_picture::viridis(1.0));
        let f = NdArray::from_vec(vec![0.5f64, f64::NAN, 1.5], &[3]).expect("array");
        let p = array_picture(&f).expect("picture");
        assert_eq!((p.width, p.height), (3, 1));
        assert_eq!(p.rgb[1], [128; 3], "nan is grey");
        assert_eq!(p.scale, Some(("0.5".to_string(), "1.5".to_string())));
    }
}
