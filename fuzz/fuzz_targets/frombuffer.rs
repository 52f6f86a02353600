//! `np.frombuffer` of random bytes with a dtype, count and offset picked by the first bytes
//! of the input, then the array's repr, a view and a byte swap: no input may crash.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;

const DTYPES: &[&str] = &[
    "np.bool", "np.int8", "np.uint8", "np.int16", "np.uint16", "np.int32", "np.uint32",
    "np.int64", "np.uint64", "np.float16", "np.float32", "np.float64", "np.complex64",
    "np.complex128", "'>i4'", "'<f8'", "'>c16'", "'|b1'", "'>f2'",
];

fuzz_target!(|data: &[u8]| {
    common::init();
    if data.len() < 3 || data.len() > 4096 {
        return;
    }
    let dtype = DTYPES[data[0] as usize % DTYPES.len()];
    let count = data[1] as i64 - 128;
    let offset = data[2] as i64 % 24;
    let bytes: String = data[3..].iter().map(|b| format!("\\x{:02x}", b)).collect();
    let src = format!(
        "a = np.frombuffer(b'{bytes}', dtype={dtype}, count={count}, offset={offset})\n\
         a\nrepr(a)\na.tolist()\na.view(np.uint8)\na.byteswap()\na.sum()\nnp.sort(a)\n"
    );
    common::timed(move || {
        let mut session = arrsh::Session::new();
        session.run(&src, true, |_| {});
    });
});
