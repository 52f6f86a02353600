//! Every transcript in `tests/conformance/` (generated from real NumPy by
//! `tools/numpy_transcript.py`) must pass through arrsh's doctest checker. They run in a
//! temporary working directory, as the generator ran them, so files they save
//! (`img.save('my.png')`) do not land in the project.

use std::path::Path;

/// arrsh runs everything on a thread with a 512 MiB stack (`src/main.rs`); a debug build
/// needs more than a test thread's 2 MiB for the transcripts that recurse to Python's
/// limit of 1,000 calls, so the check runs on such a thread too.
#[test]
fn numpy_transcripts_pass() {
    let worker = std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(check_all)
        .expect("start the checking thread");
    if let Err(panic) = worker.join() {
        std::panic::resume_unwind(panic);
    }
}

fn check_all() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/conformance exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let work = tempfile::tempdir().expect("temp dir");
    // The only test in this binary, so changing the process's directory is safe; pictures
    // that `show()` saves off a terminal land in the temporary folder, so point it there too.
    std::env::set_current_dir(work.path()).expect("enter temp dir");
    std::env::set_var("TMPDIR", work.path());
    assert!(
        !files.is_empty(),
        "no transcripts found in {}",
        dir.display()
    );
    // The transcripts came from NumPy on an AVX-512 machine, whose float64 exp/log
    // kernels differ in the last bit from the C library's that NumPy calls elsewhere.
    arrsh::numpy::ufunc::vmath::target::set(arrsh::numpy::ufunc::vmath::target::Target::X86V4);
    let (mut passed, mut failed) = (0, 0);
    let mut report = String::new();
    for f in &files {
        let text = std::fs::read_to_string(f).expect("readable transcript");
        let r = arrsh::doctest::check(&text, &f.display().to_string());
        passed += r.passed;
        failed += r.failed;
        for fail in r.failures {
            report.push_str(&fail);
            report.push('\n');
        }
    }
    assert!(passed > 0, "no examples ran");
    assert_eq!(
        failed,
        0,
        "{} of {} examples failed:\n{}",
        failed,
        passed + failed,
        report
    );
}
