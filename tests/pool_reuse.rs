//! The buffer pool (issue 10 item 7): a result the size of a freed buffer reuses its
//! memory, and is still reported as the new allocation it is — by explain mode (a copy
//! into new memory, its bytes allocated), `%mem` (a new buffer id) and `base` — while
//! `np.zeros` keeps giving zeros, never a reused block's old values.
//!
//! One test in this binary: the pool is process-wide.

use arrsh::array::raw::allocation_stats;
use arrsh::Session;

/// Run `src`; its output, and what explain mode said about each line.
fn run(s: &mut Session, src: &str) -> (String, Vec<String>) {
    let (mut out, mut lines) = (String::new(), Vec::new());
    s.run(src, false, |r| {
        assert!(r.error.is_none(), "{} failed: {:?}", src, r.error);
        out.push_str(&r.stdout);
        if let Some(e) = &r.explained {
            lines.extend(e.lines.iter().cloned());
        }
    });
    (out, lines)
}

#[test]
fn a_reused_buffer_is_reported_as_a_new_allocation() {
    let mut s = Session::new();
    run(
        &mut s,
        "x = np.ones(10**6)\ny = x * 5.0\na = y.__array_interface__['data'][0]",
    );
    let (before_mem, _) = run(&mut s, "%mem");
    let old_id = buffer_id(&before_mem, "y");
    run(&mut s, "del y");
    s.set_explain(true);
    let before = allocation_stats().1;
    let (_, explained) = run(&mut s, "z = x + 2.0");
    assert_eq!(
        allocation_stats().1 - before,
        8_000_000,
        "counted as allocated"
    );
    assert!(
        explained
            .iter()
            .any(|l| l.contains("z: copy") && l.contains("new 8000000-byte buffer")),
        "explain mode: {:?}",
        explained
    );
    s.set_explain(false);
    let (out, _) = run(
        &mut s,
        "print(z.__array_interface__['data'][0] == a, z.base is None, z[:2], z.sum())",
    );
    assert_eq!(out, "True True [3. 3.] 3000000.0\n", "z took y's memory");
    let (mem, _) = run(&mut s, "%mem");
    assert!(buffer_id(&mem, "z") > old_id, "a new buffer id: {}", mem);
    // A freed buffer full of fives: np.zeros never takes it.
    let (out, _) = run(
        &mut s,
        "t = x * 5.0\ndel t\nw = np.zeros(10**6)\nprint(w.max(), w.min())",
    );
    assert_eq!(out, "0.0 0.0\n");
}

/// The buffer id `%mem` shows for `name` (`#N`).
fn buffer_id(mem: &str, name: &str) -> u64 {
    let row = mem
        .lines()
        .find(|l| {
            l.split('┆')
                .next()
                .is_some_and(|c| c.trim_matches(['│', ' ']) == name)
        })
        .unwrap_or_else(|| panic!("no row for {} in {}", name, mem));
    let cell = row.split('┆').nth(5).unwrap_or("");
    cell.trim()
        .trim_start_matches('#')
        .parse()
        .unwrap_or_else(|_| panic!("buffer cell {:?}", cell))
}
