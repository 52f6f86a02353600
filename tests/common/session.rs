//! Running source in an in-process session and collecting what it showed.

use arrsh::Session;

/// Everything a script printed, warned and raised, line by line.
pub fn run(s: &mut Session, src: &str) -> Vec<String> {
    let mut out = Vec::new();
    s.run(src, true, |r| {
        if let Some(e) = &r.error {
            out.push(format!("error in {}: {}", r.source, e));
        }
        out.extend(r.stdout.lines().map(String::from));
        out.extend(r.warnings.iter().map(|w| w.text.clone()));
    });
    out
}
