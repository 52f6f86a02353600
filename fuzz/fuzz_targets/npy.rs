//! The `.npy` reader (`np.load`'s header parser and data reader) on arbitrary bytes, and the
//! same bytes as a `.npz` archive member table: every malformed file must be a Python error.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    common::init();
    let data = data.to_vec();
    common::timed(move || {
        let mut r = std::io::Cursor::new(&data[..]);
        let _ = arrsh::numpy::io::npy::read_array(&mut r, data.len() as u64);
        if data.starts_with(b"PK") {
            let path = std::path::Path::new("fuzz.npz");
            if std::fs::write(path, &data).is_ok() {
                let _ = arrsh::numpy::io::npz::open(path, false);
            }
        }
    });
});
