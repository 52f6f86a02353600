//! What every arrsh fuzz target shares: an address-space cap (so a statement asking for
//! terabytes meets `MemoryError`, as under `ulimit -v`, instead of the fuzzer's RSS limit),
//! a private working directory, and a watchdog that presses "Ctrl-C" (arrsh's interrupt
//! flag) when one input runs longer than [`BUDGET_MS`], so slow inputs end as
//! `KeyboardInterrupt` instead of libFuzzer timeouts.

// Each target includes this file and uses only part of it.
#![allow(dead_code)]

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Once, OnceLock};
use std::time::{Duration, Instant};

/// Time one input may run before the watchdog interrupts it.
pub const BUDGET_MS: u64 = 300;

/// Address space the process may use (libFuzzer itself included).
const ADDRESS_SPACE: u64 = 4 << 30;

/// Milliseconds since `EPOCH` at which the current input started, plus one (0: idle).
static STARTED: AtomicU64 = AtomicU64::new(0);
static EPOCH: OnceLock<Instant> = OnceLock::new();

fn now_ms() -> u64 {
    EPOCH.get_or_init(Instant::now).elapsed().as_millis() as u64
}

pub fn init() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let limit = libc::rlimit {
            rlim_cur: ADDRESS_SPACE,
            rlim_max: ADDRESS_SPACE,
        };
        // SAFETY: setrlimit only reads the struct passed by reference.
        unsafe { libc::setrlimit(libc::RLIMIT_AS, &limit) };
        let dir = std::env::temp_dir().join(format!("arrsh-fuzz-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        let _ = std::env::set_current_dir(&dir);
        now_ms();
        std::thread::spawn(|| loop {
            std::thread::sleep(Duration::from_millis(5));
            let s = STARTED.load(Ordering::Relaxed);
            if s != 0 && now_ms() + 1 > s + BUDGET_MS {
                arrsh::interrupt::raise();
            }
        });
    });
}

/// The stack arrsh's own shell thread gets (`src/main.rs`): the evaluator recurses once per
/// tree level, which libFuzzer's main thread could not hold.
const STACK_BYTES: usize = 512 << 20;

/// Run one input under the watchdog on a thread with arrsh's stack, then clear any
/// interrupt it left behind. A panic is passed on to libFuzzer as the crash it is.
pub fn timed(f: impl FnOnce() + Send + 'static) {
    STARTED.store(now_ms() + 1, Ordering::Relaxed);
    let worker = std::thread::Builder::new()
        .stack_size(STACK_BYTES)
        .spawn(f)
        .expect("spawn the input's thread");
    let result = worker.join();
    STARTED.store(0, Ordering::Relaxed);
    arrsh::interrupt::take();
    if let Err(panic) = result {
        std::panic::resume_unwind(panic);
    }
}

/// Inputs that could write files outside the private directory are skipped: every API
/// that writes a file has one of these words in its name.
pub fn writes_files(src: &str) -> bool {
    ["save", "tofile", "memmap", "show", "open"]
        .iter()
        .any(|w| src.contains(w))
}
