//! "Making a view of a 4 GB array allocates nothing": every way arrsh makes a view of a
//! 4 GiB array leaves the count of bytes ever allocated unchanged, and the zeroed 4 GiB
//! array itself is lazily backed (the process does not touch its pages).
//!
//! This file holds a single test so that no other test in the same binary allocates while
//! the global allocation counter is being compared.

use arrsh::array::raw::allocation_stats;
use arrsh::Session;

const GIB4: u64 = 1 << 32;

/// Run `src`, failing the test on any Python-level error.
fn run(s: &mut Session, src: &str) {
    let mut errors = Vec::new();
    s.run(src, false, |r| {
        if let Some(e) = &r.error {
            errors.push(format!("{}: {:?}", r.source, e));
        }
    });
    assert!(errors.is_empty(), "arrsh raised: {:?}", errors);
}

/// Resident memory of this process in bytes (Linux), to show the zeros were not touched.
fn resident_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

#[test]
fn views_of_a_4_gib_array_allocate_nothing() {
    let mut s = Session::new();
    run(&mut s, "from numpy.lib.stride_tricks import as_strided");
    let (live0, total0) = allocation_stats();
    run(&mut s, "x = np.zeros((1 << 32,), np.uint8)");
    let (live1, total1) = allocation_stats();
    assert_eq!(
        total1 - total0,
        GIB4,
        "np.zeros allocates exactly 4 GiB once"
    );
    assert_eq!(live1 - live0, GIB4);
    if let Some(rss) = resident_bytes() {
        assert!(
            rss < GIB4 / 4,
            "zeroed 4 GiB should be lazily backed, but {} bytes are resident",
            rss
        );
    }

    let views = [
        "v = x[::2]",
        "v = x[10:-10:3]",
        "v = x[::-1]",
        "v = x[None, :, None]",
        "v = x[...]",
        "v = x.reshape(1 << 16, 1 << 16)",
        "v = x.reshape(1 << 16, -1).T",
        "v = x.reshape(256, 256, 65536).transpose(2, 0, 1)",
        "v = x.reshape(1 << 16, 1 << 16).swapaxes(0, 1)",
        "v = np.moveaxis(x.reshape(16, 16, -1), 0, -1)",
        "v = x.ravel()",
        "v = x.view()",
        "v = x.view(np.float64)",
        "v = x.view(np.complex128)",
        "v = x.reshape(1 << 16, 1 << 16).view(np.int32)",
        "v = x.astype(np.uint8, copy=False)",
        "v = np.asarray(x)",
        "v = np.ascontiguousarray(x)",
        "v = as_strided(x, shape=(1 << 16, 1 << 16), strides=(1 << 16, 1))",
        "v = as_strided(x, shape=(1 << 20, 4096), strides=(4096, 1), writeable=False)",
        "v = np.broadcast_to(x[:1 << 20], (4096, 1 << 20))",
        "v, w = np.broadcast_arrays(x[:1 << 20], x[:4096].reshape(4096, 1))",
        "v = np.lib.stride_tricks.sliding_window_view(x, 1 << 20)",
        "v = x.reshape(1 << 16, 1 << 16).diagonal()",
        "v = np.flip(x)",
        "v = np.flipud(x.reshape(1 << 16, -1))",
        "v = np.squeeze(x.reshape(1, -1, 1))",
        "v = np.expand_dims(x, (0, 2))",
        "v = np.atleast_3d(x)",
        "v = np.frombuffer(x.data, dtype=np.int64)",
    ];
    for src in views {
        let (_, before) = allocation_stats();
        run(&mut s, src);
        let (_, after) = allocation_stats();
        assert_eq!(
            after - before,
            0,
            "`{}` allocated {} bytes",
            src,
            after - before
        );
    }
    let (live2, _) = allocation_stats();
    assert_eq!(live2 - live0, GIB4, "only the one 4 GiB buffer is alive");
}
