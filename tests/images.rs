//! PNGs arrsh writes equal Pillow's, pixel for pixel: every case in tests/fixtures/images/
//! (written by `tools/gen_image_fixtures.py` with real Pillow) runs with arrsh in a
//! temporary folder holding Pillow's PNG as `pillow.png`; arrsh's standard output must be
//! Pillow's (modes, sizes, `Image.open` of Pillow's file, `np.asarray` of it), and arrsh's
//! `out.png` and Pillow's PNG, both decoded, must have the same colour type, bit depth,
//! size and pixel bytes. `open_*` cases are files Pillow reads but does not write from
//! arrays (low-depth grey, palettes, 16-bit colour): arrsh must open them as Pillow does.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Colour type, bit depth, width, height and the raw (unexpanded) pixel bytes of a PNG.
fn decode(path: &Path) -> (png::ColorType, png::BitDepth, u32, u32, Vec<u8>) {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut dec = png::Decoder::new(std::io::BufReader::new(file));
    dec.set_transformations(png::Transformations::IDENTITY);
    let mut reader = dec.read_info().expect("a PNG header");
    let mut buf = vec![0; reader.output_buffer_size().expect("a frame size")];
    let frame = reader.next_frame(&mut buf).expect("a PNG frame");
    buf.truncate(frame.buffer_size());
    (
        frame.color_type,
        frame.bit_depth,
        frame.width,
        frame.height,
        buf,
    )
}

fn cases() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/images");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/images exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "arr"))
        .collect();
    v.sort();
    v
}

#[test]
fn pngs_equal_pillows_pixel_for_pixel() {
    let cases = cases();
    assert!(cases.len() >= 18, "fixtures missing: {cases:?}");
    for arr in cases {
        let name = arr.file_stem().and_then(|s| s.to_str()).unwrap_or("?");
        let pillow = arr.with_extension("png");
        let expected = std::fs::read_to_string(arr.with_extension("out")).expect("NAME.out");
        let work = tempfile::tempdir().expect("temp dir");
        std::fs::copy(&pillow, work.path().join("pillow.png")).expect("copy pillow.png");
        let out = Command::new(env!("CARGO_BIN_EXE_arrsh"))
            .arg(&arr)
            .current_dir(work.path())
            .output()
            .expect("arrsh runs");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{name}: arrsh failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(stdout, expected, "{name}: output differs from Pillow's");
        if name.starts_with("open_") {
            // Files Pillow only reads: the output above is the whole check.
            continue;
        }
        let ours = decode(&work.path().join("out.png"));
        let theirs = decode(&pillow);
        assert_eq!(
            (ours.0, ours.1, ours.2, ours.3),
            (theirs.0, theirs.1, theirs.2, theirs.3),
            "{name}: colour type, depth or size differ"
        );
        assert!(ours.4 == theirs.4, "{name}: pixels differ from Pillow's");
    }
}

/// The seed's picture really is a red square in the top-left quarter on black.
#[test]
fn seed_png_is_a_red_square_top_left() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/images/seed_rgb.png");
    let (_, _, w, h, px) = decode(&path);
    assert_eq!((w, h), (512, 512));
    let at = |x: usize, y: usize| &px[(y * 512 + x) * 3..(y * 512 + x) * 3 + 3];
    assert_eq!(at(0, 0), [255, 0, 0]);
    assert_eq!(at(255, 255), [255, 0, 0]);
    assert_eq!(at(256, 0), [0, 0, 0]);
    assert_eq!(at(0, 256), [0, 0, 0]);
}

/// A save that cannot complete leaves the existing file as it was, and no temporary
/// file behind.
#[test]
fn failed_save_keeps_the_existing_file() {
    let work = tempfile::tempdir().expect("temp dir");
    std::fs::write(work.path().join("keep.png"), b"old").expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_arrsh"))
        .args([
            "-c",
            "from PIL import Image\nImage.fromarray(np.zeros((2, 2), np.float32)).save('keep.png')",
        ])
        .current_dir(work.path())
        .output()
        .expect("arrsh runs");
    assert!(String::from_utf8_lossy(&out.stderr).contains("OSError: cannot write mode F as PNG"));
    assert_eq!(
        std::fs::read(work.path().join("keep.png")).expect("still there"),
        b"old"
    );
    let names: Vec<_> = std::fs::read_dir(work.path())
        .expect("list")
        .filter_map(|e| e.ok().map(|e| e.file_name()))
        .collect();
    assert_eq!(names.len(), 1, "left behind: {names:?}");
}

/// Off a terminal, `show` draws nothing: one line on standard error says where it saved
/// the picture as a PNG, and standard output holds no escape codes.
#[test]
fn show_off_a_terminal_saves_a_png_and_says_where() {
    let out = Command::new(env!("CARGO_BIN_EXE_arrsh"))
        .args(["-c", "show(np.arange(12).reshape(3, 4)); print('after')"])
        .output()
        .expect("arrsh runs");
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "after\n");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("show: standard output is not a terminal; saved the 4x3 picture (heatmap from min 0 to max 11) to "), "{err}");
    let path = err.trim().rsplit(" to ").next().unwrap_or_default();
    let (color, _, w, h, px) = decode(Path::new(path));
    assert_eq!((color, w, h), (png::ColorType::Rgb, 4, 3));
    // Viridis runs from dark purple (min, top left) to yellow (max, bottom right).
    assert_eq!(&px[..3], [68, 1, 84]);
    assert_eq!(&px[px.len() - 3..], [253, 231, 37]);
    let _ = std::fs::remove_file(path);
}

/// CRC-32 (PNG's chunk checksum), bit by bit.
fn crc32(bytes: &[u8]) -> u32 {
    let mut c = !0u32;
    for &b in bytes {
        c ^= b as u32;
        for _ in 0..8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
        }
    }
    !c
}

fn chunk(kind: &[u8], data: &[u8]) -> Vec<u8> {
    let mut out = (data.len() as u32).to_be_bytes().to_vec();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let mut body = kind.to_vec();
    body.extend_from_slice(data);
    out.extend_from_slice(&crc32(&body).to_be_bytes());
    out
}

/// Hostile or broken files give Pillow's errors, never a crash or an allocation sized by
/// the header: a header claiming 40000×40000 pixels, a file cut short, a file that is not
/// an image, a missing file.
#[test]
fn broken_pngs_are_clear_errors() {
    let work = tempfile::tempdir().expect("temp dir");
    let mut bomb = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = 40_000u32.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&40_000u32.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    bomb.extend(chunk(b"IHDR", &ihdr));
    bomb.extend(chunk(b"IEND", b""));
    std::fs::write(work.path().join("bomb.png"), &bomb).expect("write");
    let good = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/images/seed_rgb.png"),
    )
    .expect("fixture");
    std::fs::write(work.path().join("cut.png"), &good[..good.len() / 2]).expect("write");
    std::fs::write(work.path().join("text.png"), b"not a picture").expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_arrsh"))
        .args([
            "--keep-going",
            "-c",
            "from PIL import Image\nImage.open('bomb.png')\nImage.open('cut.png')\nImage.open('text.png')\nImage.open('none.png')",
        ])
        .current_dir(work.path())
        .output()
        .expect("arrsh runs");
    let err = String::from_utf8_lossy(&out.stderr);
    let firsts: Vec<&str> = err.lines().filter(|l| !l.starts_with(' ')).collect();
    assert_eq!(
        firsts,
        [
            "PIL.Image.DecompressionBombError: Image size (1600000000 pixels) exceeds limit of 178956970 pixels, could be decompression bomb DOS attack.",
            "OSError: image file is truncated",
            "PIL.UnidentifiedImageError: cannot identify image file 'text.png'",
            "FileNotFoundError: [Errno 2] No such file or directory: 'none.png'",
        ]
    );
}
