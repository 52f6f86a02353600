//! `.npy`/`.npz` files against real NumPy, with no Python at test time: the fixtures in
//! `tests/fixtures/npy/` were written by NumPy (`tools/gen_npy_fixtures.py`), with what
//! NumPy says about each (its repr of the array, or its error for a hostile file).
//!
//! Both directions: every NumPy file loads with NumPy's dtype, shape, order and values,
//! and saving what was loaded writes exactly NumPy's bytes.

use arrsh::Session;
use std::path::{Path, PathBuf};

fn fixtures(sub: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/npy")
        .join(sub)
}

fn manifest(sub: &str) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(fixtures(sub).join("manifest.txt")).unwrap_or_default();
    text.lines()
        .map(|l| l.split('\t').map(unescape).collect())
        .collect()
}

/// Undo the generator's escaping (`\\` for a backslash, `\n` for a newline).
fn unescape(f: &str) -> String {
    let mut out = String::new();
    let mut chars = f.chars();
    while let Some(c) = chars.next() {
        match (c, c == '\\') {
            (_, true) => match chars.next() {
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            },
            (c, false) => out.push(c),
        }
    }
    out
}

/// Run `src`; stdout, or the error as `Class: message`.
fn run(s: &mut Session, src: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut err = None;
    s.run(src, false, |r| {
        out.push_str(&r.stdout);
        if let Some(e) = &r.error {
            err = Some(format!("{}: {}", e.class, e.msg));
        }
    });
    match err {
        Some(e) => Err(e),
        None => Ok(out),
    }
}

fn py_str(p: &Path) -> String {
    format!("'{}'", p.display())
}

fn tmpdir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"))
}

#[test]
fn numpy_files_load_and_save_back_byte_for_byte() {
    let dir = tmpdir();
    let mut s = Session::new();
    let rows = manifest("good");
    let mut checked = 0;
    for row in rows.iter().filter(|r| !r[0].contains(':')) {
        let (name, dstr, shape, fortran, repr) = (&row[0], &row[1], &row[2], &row[3], &row[4]);
        let path = fixtures("good").join(name);
        let got = run(
            &mut s,
            &format!(
                "x = np.load({})\nx\nx.dtype.str\nx.shape\nx.flags.f_contiguous and not x.flags.c_contiguous",
                py_str(&path)
            ),
        );
        let want = format!("{}\n'{}'\n{}\n{}\n", repr, dstr, shape, fortran);
        assert_eq!(got.as_deref(), Ok(want.as_str()), "{name}");
        // Saving writes what NumPy writes (for a 2.0/3.0 file: its 1.0 twin).
        let out = dir.path().join(name);
        run(&mut s, &format!("np.save({}, x)", py_str(&out)))
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let twin = row.get(5).map(|t| fixtures("good").join(t)).unwrap_or(path);
        let (mine, numpys) = (std::fs::read(&out), std::fs::read(&twin));
        assert!(
            mine.is_ok() && mine.ok() == numpys.ok(),
            "{name}: bytes differ"
        );
        checked += 1;
    }
    assert!(checked >= 30, "only {checked} fixtures");
}

#[test]
fn npz_members_load_lazily_as_numpy_wrote_them() {
    let mut s = Session::new();
    for row in manifest("good").iter().filter(|r| r[0].contains(':')) {
        let (file, key) = row[0].split_once(':').unwrap_or_default();
        let path = fixtures("good").join(file);
        let got = run(
            &mut s,
            &format!(
                "z = np.load({})\nm = z['{}']\nm\nm.dtype.str\nm.shape\nz.close()",
                py_str(&path),
                key
            ),
        );
        let want = format!("{}\n'{}'\n{}\n", row[4], row[1], row[2]);
        assert_eq!(got.as_deref(), Ok(want.as_str()), "{}", row[0]);
    }
    let path = fixtures("good").join("pair.npz");
    let got = run(
        &mut s,
        &format!("z = np.load({})\nz.files\nz\nz['c']", py_str(&path)),
    );
    assert_eq!(
        got,
        Err("KeyError: 'c is not a file in the archive'".to_string())
    );
}

/// What arrsh raises where NumPy raises nothing useful: NumPy allocates what the header
/// says before reading (MemoryError, or a wrap-around in its int64 element count), or
/// (for `syntax_error.npy`) fails inside its own tokenizer; arrsh checks the header
/// against the data first.
fn arrsh_specific(name: &str) -> Option<&'static str> {
    Some(match name {
        "huge_shape.npy" => "ValueError: Failed to read all data for array. Expected (1000000000000000,) = 1000000000000000 elements, could only read 6 elements. (file seems not fully written?)",
        "bomb_lying_member.npz" => "ValueError: Failed to read all data for array. Expected (100000000000,) = 100000000000 elements, could only read 512 elements. (file seems not fully written?)",
        "bomb_inflates_past_size.npz" => "ValueError: Failed to read all data for array. Expected (4000000,) = 4000000 elements, could only read 8176 elements. (file seems not fully written?)",
        "shape_overflow.npy" => "ValueError: array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.",
        _ => return None,
    })
}

#[test]
fn hostile_files_are_clear_errors() {
    let mut s = Session::new();
    let rows = manifest("bad");
    assert!(rows.len() >= 20, "{} hostile files", rows.len());
    for row in &rows {
        let (name, numpy) = (&row[0], &row[1]);
        let path = fixtures("bad").join(name);
        let member = if name.ends_with(".npz") { "['a']" } else { "" };
        let src = format!("np.load({}){}", py_str(&path), member);
        let got = run(&mut s, &src);
        if name == "syntax_error.npy" {
            // NumPy's 3.0 message for its twin, `syntax_error_v3.npy`, is checked exactly.
            let msg = got.err().unwrap_or_default();
            assert!(
                msg.starts_with("ValueError: Cannot parse header: \"{'descr'"),
                "{msg}"
            );
            continue;
        }
        let want = arrsh_specific(name)
            .map(String::from)
            .unwrap_or(numpy.clone());
        assert_eq!(got, Err(want), "{name}");
    }
}

#[test]
fn a_failed_save_leaves_the_old_file_and_no_temporary() {
    let dir = tmpdir();
    let mut s = Session::new();
    // The destination is a non-empty directory: writing succeeds, the rename fails.
    let target = dir.path().join("d.npy");
    std::fs::create_dir(&target).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(target.join("keep"), b"x").unwrap_or_else(|e| panic!("{e}"));
    let got = run(
        &mut s,
        &format!("np.save({}, np.arange(3))", py_str(&target)),
    );
    assert!(got.is_err(), "{got:?}");
    assert_eq!(std::fs::read(target.join("keep")).ok(), Some(b"x".to_vec()));
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.file_name()).collect())
        .unwrap_or_default();
    assert_eq!(names.len(), 1, "{names:?}");
    // An existing file survives a save that fails before writing.
    let old = dir.path().join("old.npy");
    std::fs::write(&old, b"old").unwrap_or_else(|e| panic!("{e}"));
    assert!(run(&mut s, &format!("np.save({}, np.arange)", py_str(&old))).is_err());
    assert_eq!(std::fs::read(&old).ok(), Some(b"old".to_vec()));
}

#[test]
fn save_adds_npy_and_object_arrays_are_refused() {
    let dir = tmpdir();
    let mut s = Session::new();
    let p = dir.path().join("plain");
    run(&mut s, &format!("np.save({}, [1, 2])", py_str(&p))).unwrap_or_else(|e| panic!("{e}"));
    assert!(dir.path().join("plain.npy").exists());
    let obj = fixtures("bad").join("object_dtype.npy");
    assert_eq!(
        run(
            &mut s,
            &format!("np.load({}, allow_pickle=False)", py_str(&obj))
        ),
        Err("ValueError: Object arrays cannot be loaded when allow_pickle=False".into())
    );
}
