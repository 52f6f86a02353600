//! Ctrl-C while a statement runs: the signal only sets a flag; kernels stop at their next
//! block, and the interpreter turns the flag into `KeyboardInterrupt` before any result is
//! bound to a name, so the shell and its variables survive. A second Ctrl-C before the
//! first is noticed ends the process, for the rare loop that never looks.

use std::sync::atomic::{AtomicBool, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Route SIGINT to the flag (once per process; later calls are no-ops).
pub fn install() {
    let _ = ctrlc::set_handler(|| {
        if INTERRUPTED.swap(true, Ordering::SeqCst) {
            std::process::exit(130);
        }
    });
}

/// Has Ctrl-C been pressed since the flag was last taken? (Cheap: kernels call this once
/// per block.)
#[inline]
pub fn pending() -> bool {
    INTERRUPTED.load(Ordering::Relaxed)
}

/// Do what a Ctrl-C does, without the signal: for watchdogs (the fuzz targets' time limit)
/// and tests.
pub fn raise() {
    INTERRUPTED.store(true, Ordering::SeqCst);
}

/// Take the flag: true (and cleared) if Ctrl-C was pressed.
pub fn take() -> bool {
    INTERRUPTED.swap(false, Ordering::SeqCst)
}
