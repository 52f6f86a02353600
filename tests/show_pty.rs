//! `img.show()` in a real pseudo-terminal draws the seed's picture: a terminal that
//! announces neither kitty nor iTerm2 graphics gets truecolor half-block characters, and
//! the cells' colours (read back from the escape codes) show the red square in the
//! top-left quarter on black.

use rexpect::session::spawn_command;
use std::process::Command;

const TIMEOUT_MS: u64 = 30_000;

type Rgb = (u8, u8, u8);

/// The cells of half-block output: for each line, each `▀`'s (foreground, background),
/// following `ESC[38;2;r;g;bm`, `ESC[48;2;r;g;bm`, `ESC[49m` and `ESC[0m`.
fn cells(text: &str) -> Vec<Vec<(Rgb, Option<Rgb>)>> {
    let mut rows = Vec::new();
    for line in text.split('\n') {
        let (mut fg, mut bg): (Rgb, Option<Rgb>) = ((0, 0, 0), None);
        let mut row = Vec::new();
        let mut rest = line;
        while let Some(c) = rest.chars().next() {
            if let Some(esc) = rest.strip_prefix("\x1b[") {
                let end = esc.find('m').unwrap_or(esc.len());
                let nums: Vec<u8> = esc[..end]
                    .split(';')
                    .filter_map(|n| n.parse().ok())
                    .collect();
                match nums.as_slice() {
                    [38, 2, r, g, b] => fg = (*r, *g, *b),
                    [48, 2, r, g, b] => bg = Some((*r, *g, *b)),
                    [49] => bg = None,
                    [0] => {
                        fg = (0, 0, 0);
                        bg = None;
                    }
                    _ => {}
                }
                rest = &esc[(end + 1).min(esc.len())..];
                continue;
            }
            if c == '▀' {
                row.push((fg, bg));
            }
            rest = &rest[c.len_utf8()..];
        }
        if !row.is_empty() {
            rows.push(row);
        }
    }
    rows
}

#[test]
fn seed_image_shows_a_red_square_top_left() {
    let home = tempfile::tempdir().expect("temp home");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_arrsh"));
    cmd.current_dir(home.path())
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path().join("data"))
        // A plain truecolor xterm: no graphics protocol announced, so half-blocks.
        .env("TERM", "xterm-256color")
        .env("COLORTERM", "truecolor")
        .env("COLUMNS", "80")
        .env("LINES", "24")
        .env("NO_COLOR", "1")
        .env_remove("KITTY_WINDOW_ID")
        .env_remove("TERM_PROGRAM")
        .env_remove("LC_TERMINAL")
        .env_remove("ARRSH_GRAPHICS");
    let mut p = spawn_command(cmd, Some(TIMEOUT_MS)).expect("arrsh starts in a pty");
    p.exp_string(">>> ").expect("first prompt");
    for line in [
        "from PIL import Image",
        "w, h = 512, 512",
        "data = np.zeros((h, w, 3), dtype=np.uint8)",
        "data[0:256, 0:256] = [255, 0, 0] # red patch in upper left",
        "img = Image.fromarray(data, 'RGB')",
        "img.save('my.png')",
    ] {
        p.send_line(line).expect("typed");
        p.exp_string(">>> ").expect("prompt");
    }
    p.send_line("img.show(); print('end' + 'mark')")
        .expect("typed");
    p.exp_string("'mark')").expect("echo of the statement");
    let (drawn, _) = p
        .exp_regex("endmark")
        .expect("the picture, then the marker");
    // rexpect hands over each byte as one char: undo that to read the UTF-8 `▀`s.
    let bytes: Vec<u8> = drawn.chars().map(|c| c as u32 as u8).collect();
    let drawn = String::from_utf8_lossy(&bytes);
    let rows = cells(&drawn);
    assert!(rows.len() >= 4, "no picture drawn: {drawn:?}");
    let width = rows[0].len();
    assert!(
        width >= 4 && rows.iter().all(|r| r.len() == width),
        "ragged picture"
    );
    let (w, h) = (width, rows.len());
    const RED: Rgb = (255, 0, 0);
    const BLACK: Rgb = (0, 0, 0);
    // Square pixels, two per cell vertically: as many cells across as pixel rows.
    assert!(w.abs_diff(2 * h) <= 1, "{w} x {h} cells");
    assert_eq!(rows[0][0], (RED, Some(RED)), "top-left cell");
    assert_eq!(rows[0][w - 1], (BLACK, Some(BLACK)), "top-right cell");
    assert_eq!(rows[h - 1][0].0, BLACK, "bottom-left cell");
    // The whole top-left quarter (away from the edge, where pixels may be averaged) is red.
    for row in &rows[..h / 2 - 1] {
        for cell in &row[..w / 2 - 1] {
            assert_eq!(*cell, (RED, Some(RED)));
        }
        for cell in &row[w / 2 + 1..] {
            assert_eq!(*cell, (BLACK, Some(BLACK)));
        }
    }
    p.send_control('d').expect("Ctrl-D sent");
    p.exp_eof().expect("arrsh exits on Ctrl-D");
}
