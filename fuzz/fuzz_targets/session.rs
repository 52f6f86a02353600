//! Parse and run arbitrary source through `arrsh::Session` (with `--keep-going`), under the
//! address-space cap and time budget of `common`. Any panic or abort is a bug: every
//! statement must end as a result or a Python error.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    common::init();
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    if src.len() > 4096 || common::writes_files(src) {
        return;
    }
    let src = src.to_string();
    common::timed(move || {
        let mut session = arrsh::Session::new();
        session.run(&src, true, |_| {});
    });
});
