//! Driving arrsh in a real pseudo-terminal, shared by the pty tests: start it with HOME and
//! XDG_DATA_HOME in a temporary directory, type keys, leave with Ctrl-D.

use rexpect::session::{spawn_command, PtySession};
use std::path::Path;
use std::process::Command;

const TIMEOUT_MS: u64 = 20_000;

/// arrsh in a pty at its first prompt, with colour on unless `no_color`.
pub fn start(home: &Path, no_color: bool) -> PtySession {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_arrsh"));
    cmd.env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("TERM", "xterm")
        .env_remove("NO_COLOR");
    if no_color {
        cmd.env("NO_COLOR", "1");
    }
    let mut p = spawn_command(cmd, Some(TIMEOUT_MS)).expect("arrsh starts in a pty");
    p.exp_string("Ctrl-D to leave").expect("banner");
    p.exp_string(">>> ").expect("first prompt");
    p
}

/// Type keys without Enter, flushed so the shell sees them now.
pub fn keys(p: &mut PtySession, text: &str, what: &str) {
    p.send(text).expect(what);
    p.flush().expect(what);
}

/// Ctrl-D at an empty prompt ends the session with status 0.
pub fn leave(mut p: PtySession) {
    // Wait until the shell is reading again: a Ctrl-D typed while a statement still runs
    // reaches a terminal in cooked mode, where it is not the key rustyline sees.
    p.send_line("print('ready to leave')").expect("marker sent");
    p.exp_string("ready to leave\r\n").expect("marker printed");
    p.exp_string(">>> ").expect("fresh prompt");
    p.send_control('d').expect("Ctrl-D sent");
    p.exp_eof().expect("arrsh exits on Ctrl-D");
    let status = p.process_mut().wait().expect("exit status");
    assert!(
        matches!(status, rexpect::process::WaitStatus::Exited(_, 0)),
        "exit status {status:?}"
    );
}
