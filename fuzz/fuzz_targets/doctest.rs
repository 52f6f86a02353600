//! `--doctest` transcript parsing and checking on arbitrary text.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    common::init();
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if text.len() > 4096 || common::writes_files(text) {
        return;
    }
    let text = text.to_string();
    common::timed(move || {
        let _ = arrsh::doctest::parse(&text);
        let _ = arrsh::doctest::check(&text, "fuzz.txt");
    });
});
