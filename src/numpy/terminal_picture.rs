//! Drawing an RGB picture in the terminal, scaled to fit the window: the kitty graphics
//! protocol, iTerm2's inline images or sixel where the terminal says it has them (`TERM`,
//! `KITTY_WINDOW_ID`, `TERM_PROGRAM`, `LC_TERMINAL`; `ARRSH_GRAPHICS=kitty|iterm|sixel|blocks`
//! overrides), else truecolor half-block characters (`▀`: the upper pixel is the
//! foreground colour, the lower one the background), which every modern terminal shows.
//!
//! Written here rather than taken from `viuer`: viuer's block printer writes to the
//! process's standard output itself (not to the writer it is given), so its output would
//! bypass the session's ordered output, and its kitty detection reads the terminal's
//! answer from standard input while a statement runs.

/// An RGB picture, row by row, with the labels of its colour scale if it is a heatmap.
pub struct Picture {
    pub width: usize,
    pub height: usize,
    pub rgb: Vec<[u8; 3]>,
    /// `(min, max)` labels of a heatmap's colour bar.
    pub scale: Option<(String, String)>,
}

/// Matplotlib's viridis at nine evenly spaced stops; in between, linear interpolation.
const VIRIDIS: [[u8; 3]; 9] = [
    [68, 1, 84],
    [71, 44, 122],
    [59, 81, 139],
    [44, 113, 142],
    [33, 144, 141],
    [39, 173, 129],
    [92, 200, 99],
    [170, 220, 50],
    [253, 231, 37],
];

/// The viridis colour of `t` in 0..=1.
pub fn viridis(t: f64) -> [u8; 3] {
    let t = t.clamp(0.0, 1.0) * (VIRIDIS.len() - 1) as f64;
    let i = (t.floor() as usize).min(VIRIDIS.len() - 2);
    let f = t - i as f64;
    let (a, b) = (VIRIDIS[i], VIRIDIS[i + 1]);
    [0, 1, 2].map(|k| (a[k] as f64 + (b[k] as f64 - a[k] as f64) * f).round() as u8)
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Protocol {
    Kitty,
    Iterm,
    Sixel,
    Blocks,
}

fn protocol() -> Protocol {
    let var = |k: &str| std::env::var(k).unwrap_or_default();
    match var("ARRSH_GRAPHICS").as_str() {
        "kitty" => return Protocol::Kitty,
        "iterm" => return Protocol::Iterm,
        "sixel" => return Protocol::Sixel,
        "blocks" => return Protocol::Blocks,
        _ => {}
    }
    let term = var("TERM");
    let program = var("TERM_PROGRAM");
    if term.contains("kitty")
        || term.contains("ghostty")
        || std::env::var_os("KITTY_WINDOW_ID").is_some()
    {
        Protocol::Kitty
    } else if program == "iTerm.app" || program == "WezTerm" || var("LC_TERMINAL") == "iTerm2" {
        Protocol::Iterm
    } else if term.contains("sixel")
        || ["foot", "mlterm", "contour", "yaft"]
            .iter()
            .any(|t| term.starts_with(t))
    {
        // Terminals whose TERM names sixel support; others would have to be asked (a
        // device-attributes query), which needs the terminal in raw mode mid-statement.
        Protocol::Sixel
    } else {
        Protocol::Blocks
    }
}

/// The terminal's size in cells: the window's, else `COLUMNS`/`LINES`, else 80×24.
fn terminal_size() -> (usize, usize) {
    if let Ok((w, h)) = crossterm::terminal::size() {
        if w > 0 && h > 0 {
            return (w as usize, h as usize);
        }
    }
    let env = |k: &str, d: usize| {
        std::env::var(k)
            .ok()
            .and_then(|v| v.parse().ok())
            .filter(|&n: &usize| n > 0)
            .unwrap_or(d)
    };
    (env("COLUMNS", 80), env("LINES", 24))
}

/// The size in pixels (two per cell vertically) that fits `cols × rows` cells keeping the
/// picture's proportions; small pictures are enlarged to fill the space.
fn fit(w: usize, h: usize, cols: usize, rows: usize) -> (usize, usize) {
    let s = (cols as f64 / w as f64).min(2.0 * rows as f64 / h as f64);
    let tw = ((w as f64 * s).floor() as usize).clamp(1, cols);
    let th = ((h as f64 * s).floor() as usize).clamp(1, 2 * rows);
    (tw, th)
}

/// Resample to `tw × th`: each target pixel averages the source pixels it covers (the
/// nearest one when enlarging).
fn resample(p: &Picture, tw: usize, th: usize) -> Vec<[u8; 3]> {
    let span = |i: usize, n: usize, t: usize| {
        let a = i * n / t;
        (a, ((i + 1) * n / t).max(a + 1))
    };
    let mut out = Vec::with_capacity(tw * th);
    for y in 0..th {
        let (y0, y1) = span(y, p.height, th);
        for x in 0..tw {
            let (x0, x1) = span(x, p.width, tw);
            let mut sum = [0u64; 3];
            for yy in y0..y1 {
                for px in &p.rgb[yy * p.width + x0..yy * p.width + x1] {
                    for k in 0..3 {
                        sum[k] += px[k] as u64;
                    }
                }
            }
            let n = ((y1 - y0) * (x1 - x0)) as u64;
            out.push(sum.map(|s| ((s + n / 2) / n) as u8));
        }
    }
    out
}

/// The text that draws `p` on this terminal, ending with a newline.
pub fn draw(p: &Picture) -> String {
    let (cols, rows) = terminal_size();
    // Leave room for the colour bar and the next prompt.
    let rows = rows.saturating_sub(3).max(1);
    let mut out = if p.width == 0 || p.height == 0 {
        String::new()
    } else {
        match protocol() {
            Protocol::Blocks => {
                let (tw, th) = fit(p.width, p.height, cols, rows);
                half_blocks(&resample(p, tw, th), tw, th)
            }
            Protocol::Sixel => {
                // Cells are about 8×16 pixels on most terminals.
                let (tw, th) = fit(p.width, p.height, cols * 8, rows * 8);
                sixel(&resample(p, tw, th), tw, th)
            }
            proto => {
                let (tw, th) = fit(p.width, p.height, cols, rows);
                inline_image(p, proto, tw, th.div_ceil(2))
            }
        }
    };
    if let Some((lo, hi)) = &p.scale {
        out.push_str(&colour_bar(lo, hi));
    }
    out
}

fn fg(c: [u8; 3]) -> String {
    format!("\x1b[38;2;{};{};{}m", c[0], c[1], c[2])
}

fn bg(c: [u8; 3]) -> String {
    format!("\x1b[48;2;{};{};{}m", c[0], c[1], c[2])
}

/// Two pixel rows per line of `▀`, colour codes only where the colour changes.
fn half_blocks(px: &[[u8; 3]], w: usize, h: usize) -> String {
    let mut out = String::new();
    for y in (0..h).step_by(2) {
        let (mut last_fg, mut last_bg) = (None, None);
        for x in 0..w {
            let top = px[y * w + x];
            if last_fg != Some(top) {
                out.push_str(&fg(top));
                last_fg = Some(top);
            }
            let bottom = (y + 1 < h).then(|| px[(y + 1) * w + x]);
            if last_bg != Some(bottom) {
                match bottom {
                    Some(c) => out.push_str(&bg(c)),
                    None => out.push_str("\x1b[49m"),
                }
                last_bg = Some(bottom);
            }
            out.push('▀');
        }
        out.push_str("\x1b[0m\n");
    }
    out
}

/// `min ▕colours▏ max` under a heatmap.
fn colour_bar(lo: &str, hi: &str) -> String {
    let mut out = format!("min {} ", lo);
    const CELLS: usize = 24;
    for i in 0..CELLS {
        out.push_str(&bg(viridis(i as f64 / (CELLS - 1) as f64)));
        out.push(' ');
    }
    out.push_str(&format!("\x1b[0m max {}\n", hi));
    out
}

/// The picture as PNG bytes, enlarged (nearest pixel) when small so the terminal's own
/// scaling keeps cells sharp.
fn png_bytes(p: &Picture) -> Option<Vec<u8>> {
    let k = (256 / p.width.max(p.height)).max(1);
    let (w, h) = (p.width * k, p.height * k);
    let mut data = Vec::with_capacity(w * h * 3);
    for y in 0..h {
        for x in 0..w {
            data.extend_from_slice(&p.rgb[(y / k) * p.width + x / k]);
        }
    }
    let mut bytes = Vec::new();
    let mut enc = png::Encoder::new(&mut bytes, w as u32, h as u32);
    enc.set_color(png::ColorType::Rgb);
    enc.set_depth(png::BitDepth::Eight);
    let mut wr = enc.write_header().ok()?;
    wr.write_image_data(&data).ok()?;
    wr.finish().ok()?;
    Some(bytes)
}

/// Kitty's graphics protocol (PNG, in chunks of 4096 base64 characters) or iTerm2's
/// inline image, `cols × rows` cells.
fn inline_image(p: &Picture, proto: Protocol, cols: usize, rows: usize) -> String {
    let Some(png) = png_bytes(p) else {
        let (tw, th) = (cols, rows * 2);
        return half_blocks(&resample(p, tw, th), tw, th);
    };
    let data = base64(&png);
    let mut out = String::new();
    if proto == Protocol::Iterm {
        out.push_str(&format!(
            "\x1b]1337;File=inline=1;size={};width={};height={};preserveAspectRatio=1:{}\x07",
            png.len(),
            cols,
            rows,
            data
        ));
    } else {
        let chunks: Vec<&[u8]> = data.as_bytes().chunks(4096).collect();
        for (i, c) in chunks.iter().enumerate() {
            let more = u8::from(i + 1 < chunks.len());
            let head = if i == 0 {
                format!("a=T,f=100,c={},r={},m={}", cols, rows, more)
            } else {
                format!("m={}", more)
            };
            out.push_str(&format!(
                "\x1b_G{};{}\x1b\\",
                head,
                String::from_utf8_lossy(c)
            ));
        }
    }
    out.push('\n');
    out
}

/// The 6×6×6 colour cube index of an RGB colour (sixel pictures use this palette).
fn cube(c: [u8; 3]) -> usize {
    let q = |v: u8| (v as usize * 5 + 127) / 255;
    q(c[0]) * 36 + q(c[1]) * 6 + q(c[2])
}

/// A sixel image (DEC's format: bands of six pixel rows, one pass per colour with
/// run-length encoding) on the 216-colour cube palette.
fn sixel(px: &[[u8; 3]], w: usize, h: usize) -> String {
    let mut out = format!("\x1bPq\"1;1;{};{}", w, h);
    for i in 0..216 {
        let pct = |v: usize| v * 100 / 5;
        out.push_str(&format!(
            "#{};2;{};{};{}",
            i,
            pct(i / 36),
            pct(i / 6 % 6),
            pct(i % 6)
        ));
    }
    let idx: Vec<usize> = px.iter().map(|&c| cube(c)).collect();
    for top in (0..h).step_by(6) {
        let rows = top..(top + 6).min(h);
        let mut used: Vec<usize> = rows
            .clone()
            .flat_map(|y| idx[y * w..(y + 1) * w].iter().copied())
            .collect();
        used.sort_unstable();
        used.dedup();
        for (k, &colour) in used.iter().enumerate() {
            if k > 0 {
                out.push('$');
            }
            out.push_str(&format!("#{}", colour));
            let bits = |x: usize| {
                rows.clone()
                    .filter(|&y| idx[y * w + x] == colour)
                    .fold(0u8, |b, y| b | 1 << (y - top))
            };
            let mut x = 0;
            while x < w {
                let b = bits(x);
                let mut run = 1;
                while x + run < w && bits(x + run) == b {
                    run += 1;
                }
                let ch = (63 + b) as char;
                if run > 3 {
                    out.push_str(&format!("!{}{}", run, ch));
                } else {
                    (0..run).for_each(|_| out.push(ch));
                }
                x += run;
            }
        }
        out.push('-');
    }
    out.push_str("\x1b\\\n");
    out
}

/// Standard base64 with padding.
fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for c in bytes.chunks(3) {
        let n = (c[0] as u32) << 16
            | (*c.get(1).unwrap_or(&0) as u32) << 8
            | *c.get(2).unwrap_or(&0) as u32;
        for k in 0..4 {
            if k <= c.len() {
                out.push(ABC[(n >> (18 - 6 * k) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc4648_vectors() {
        for (i, o) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(i.as_bytes()), o);
        }
    }

    #[test]
    fn fit_keeps_proportions_and_enlarges_small_pictures() {
        // 512×512 in 80 columns × 21 rows: 42 rows of pixels limit it.
        assert_eq!(fit(512, 512, 80, 21), (42, 42));
        // A 2×4 array fills the width.
        assert_eq!(fit(4, 2, 80, 21), (80, 40));
    }

    #[test]
    fn resample_averages_the_covered_pixels() {
        let p = Picture {
            width: 2,
            height: 1,
            rgb: vec![[0, 0, 0], [255, 255, 255]],
            scale: None,
        };
        assert_eq!(resample(&p, 1, 1), vec![[128, 128, 128]]);
        assert_eq!(resample(&p, 4, 1)[3], [255, 255, 255]);
    }

    #[test]
    fn sixel_bands_runs_and_colours() {
        // 5 wide, 7 high: red on the first row, black elsewhere; two bands of six rows.
        let mut px = vec![[0, 0, 0]; 35];
        px[..5].fill([255, 0, 0]);
        let s = sixel(&px, 5, 7);
        assert!(s.starts_with("\x1bPq\"1;1;5;7#0;2;0;0;0"));
        assert!(s.contains("#180;2;100;0;0"));
        // Band one: black on rows 2..6 (bits 0b111110 -> '}'), red on row 1 ('@').
        assert!(s.ends_with("#0!5}$#180!5@-#0!5@-\x1b\\\n"), "{s:?}");
    }

    #[test]
    fn viridis_ends() {
        assert_eq!(viridis(0.0), [68, 1, 84]);
        assert_eq!(viridis(1.0), [253, 231, 37]);
    }
}
