//! The tokenizer alone: statement splitting, the prompt's "is this incomplete?" decision
//! and logical lines, on arbitrary text (including deep nesting and unterminated strings).
#![no_main]

#[path = "common.rs"]
mod common;

use arrsh::syntax::tokenize;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    common::init();
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    let src = src.to_string();
    common::timed(move || {
        for chunk in tokenize::statements(&src) {
            let _ = tokenize::logical_lines(&src, &chunk);
        }
        let _ = tokenize::is_incomplete(&src);
    });
});
