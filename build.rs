//! Generates the list of bundled lessons from `lessons/`.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=lessons");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .filter_map(|e| e.file_name().to_str().map(str::to_string))
                .filter(|n| n.ends_with(".md") || n.ends_with(".txt") || n.ends_with(".key.json"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut out = String::from(
        "/// Every bundled file, sorted by name.\npub static FILES: &[BundledFile] = &[\n",
    );
    for n in &names {
        let path = dir.join(n);
        let _ = writeln!(
            out,
            "    BundledFile {{ name: {n:?}, bytes: include_bytes!({:?}) }},",
            path.display().to_string()
        );
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into()))
        .join("bundled_lessons.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        panic!("cannot write {}: {e}", dest.display());
    }
}
