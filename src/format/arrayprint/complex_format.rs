//! `ComplexFloatingFormat`: real and imaginary parts each get their own
//! `FloatFormat` (the imaginary one always signed), joined as `re+imj`.

use super::float_format::FloatFormat;
use super::{FloatMode, FloatWidth, PrintOptions};

#[derive(Clone, Debug)]
pub(crate) struct ComplexFormat {
    real: FloatFormat,
    imag: FloatFormat,
}

impl ComplexFormat {
    /// `data` holds the shown elements as `(re, im)` pairs of the part width.
    pub(crate) fn new(
        data: &[(f64, f64)],
        width: FloatWidth,
        opts: &PrintOptions,
        is_0d: bool,
    ) -> Self {
        let (fm_real, fm_imag) = if opts.legacy_113() {
            (FloatMode::MaxPrecEqual, FloatMode::MaxPrec)
        } else {
            (opts.floatmode, opts.floatmode)
        };
        let re: Vec<f64> = data.iter().map(|c| c.0).collect();
        let im: Vec<f64> = data.iter().map(|c| c.1).collect();
        ComplexFormat {
            real: FloatFormat::new(&re, width, opts, fm_real, opts.effective_sign(), is_0d),
            imag: FloatFormat::new(&im, width, opts, fm_imag, '+', is_0d),
        }
    }

    /// `re` then `im` with the `j` placed before the imaginary part's right padding.
    pub(crate) fn format(&self, re: f64, im: f64) -> String {
        let r = self.real.format(re);
        let i = self.imag.format(im);
        let sp = i.trim_end().len();
        format!("{r}{}j{}", &i[..sp], &i[sp..])
    }
}
