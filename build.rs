//! Generates, at build time:
//!
//! - the list of bundled lessons from `lessons/` (`$OUT_DIR/bundled_lessons.rs`, included by
//!   `src/bundled.rs`);
//! - from the command line's definition (`src/cli/args.rs`, the same file the program parses
//!   with), the man pages (clap_mangen, gzipped) and the bash, zsh and fish completions
//!   (clap_complete), for the Debian package.
//!
//! Where the man pages and completions go: cargo-deb can only package files it finds under
//! `target/release/` (which it maps to the real target directory, `CARGO_TARGET_DIR`
//! included), and `OUT_DIR` has a hash in its name. So they are written to `OUT_DIR` and
//! copied to the profile's directory, `$OUT_DIR/../../..` (`target/release` for a release
//! build): `target/release/generated/man/*.1.gz` and
//! `target/release/generated/completions/{newsmark.bash,_newsmark,newsmark.fish}`. The
//! `[package.metadata.deb]` assets in Cargo.toml name those paths. If cargo's layout ever
//! differs (`OUT_DIR` not in `<profile>/build/<package>-<hash>/out`), nothing is copied and
//! a warning says so; `cargo deb` then fails on the missing assets instead of packaging
//! stale ones.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

// Only the derive types are used here; the fields are read by the program, not by this
// script.
#[allow(dead_code)]
#[path = "src/cli/args.rs"]
mod args;

fn main() {
    println!("cargo:rerun-if-changed=lessons");
    println!("cargo:rerun-if-changed=assets/i18n");
    println!("cargo:rerun-if-changed=src/cli/args.rs");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    bundled_lessons(&out_dir);
    translations(&out_dir);
    let generated = out_dir.join("generated");
    if let Err(e) = man_pages_and_completions(&generated) {
        panic!("cannot write the man pages and completions: {e}");
    }
    match profile_dir(&out_dir) {
        Some(profile) => {
            let dest = profile.join("generated");
            if let Err(e) = copy_dir(&generated, &dest) {
                panic!(
                    "cannot copy {} to {}: {e}",
                    generated.display(),
                    dest.display()
                );
            }
        }
        None => println!(
            "cargo:warning=OUT_DIR {} is not in <profile>/build/<package>/out: the man pages and completions stay there and `cargo deb` will not find them",
            out_dir.display()
        ),
    }
}

/// `$OUT_DIR/bundled_lessons.rs`: every bundled file, sorted by name.
fn bundled_lessons(out_dir: &Path) {
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
    let dest = out_dir.join("bundled_lessons.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        panic!("cannot write {}: {e}", dest.display());
    }
}

/// `$OUT_DIR/translations.rs`: every `assets/i18n/LANG/*.ftl`, as (language, file, text).
fn translations(out_dir: &Path) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/i18n");
    let mut files: Vec<(String, String)> = Vec::new();
    for lang in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let Some(l) = lang.file_name().to_str().map(str::to_string) else {
            continue;
        };
        println!("cargo:rerun-if-changed={}", lang.path().display());
        for f in std::fs::read_dir(lang.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            if let Some(n) = f.file_name().to_str().filter(|n| n.ends_with(".ftl")) {
                files.push((l.clone(), n.to_string()));
            }
        }
    }
    files.sort();
    let mut out = String::from(
        "/// Every translation file: (language, file name, Fluent text), sorted.\npub static FILES: &[(&str, &str, &str)] = &[\n",
    );
    for (l, n) in &files {
        let path = dir.join(l).join(n);
        let _ = writeln!(
            out,
            "    ({l:?}, {n:?}, include_str!({:?})),",
            path.display().to_string()
        );
    }
    out.push_str("];\n");
    let dest = out_dir.join("translations.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        panic!("cannot write {}: {e}", dest.display());
    }
}

/// `dir/man/`: `newsmark.1.gz` and one page per subcommand (`newsmark-check.1.gz`, ...);
/// `dir/completions/`: `newsmark.bash`, `_newsmark` (zsh), `newsmark.fish`.
fn man_pages_and_completions(dir: &Path) -> std::io::Result<()> {
    use clap::CommandFactory as _;
    use clap_complete::Shell;

    let man = dir.join("man");
    let completions = dir.join("completions");
    // Start empty, so a renamed or removed subcommand leaves no stale page behind.
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(&man)?;
    std::fs::create_dir_all(&completions)?;

    // The pages leave out clap's `help` subcommand (it has no page of its own); the
    // completions keep it, as the program has it.
    let mut pages = args::Cli::command().disable_help_subcommand(true);
    pages.build();
    write_man_pages(&pages, &man)?;
    let mut cmd = args::Cli::command();
    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish] {
        clap_complete::generate_to(shell, &mut cmd, "newsmark", &completions)?;
    }
    Ok(())
}

/// The page of `cmd` and of each of its visible subcommands, gzipped
/// reproducibly (no name, no time stamp), as Debian wants man pages. The page of `newsmark`
/// itself also says what no clap attribute carries: what it does without a subcommand, the
/// exit status and the data folder (as in src/cli/mod.rs and the README).
fn write_man_pages(cmd: &clap::Command, man: &Path) -> std::io::Result<()> {
    // `newsmark`, and `newsmark-check` for a subcommand once the command is built.
    let name = cmd.get_display_name().unwrap_or(cmd.get_name());
    let page = clap_mangen::Man::new(cmd.clone())
        .source(format!("newsmark {}", env!("CARGO_PKG_VERSION")));
    let mut roff = Vec::new();
    if name == "newsmark" {
        page.render_title(&mut roff)?;
        page.render_name_section(&mut roff)?;
        page.render_synopsis_section(&mut roff)?;
        page.render_description_section(&mut roff)?;
        roff.extend_from_slice(MAIN_PAGE_DESCRIPTION.as_bytes());
        page.render_options_section(&mut roff)?;
        page.render_subcommands_section(&mut roff)?;
        roff.extend_from_slice(MAIN_PAGE_SECTIONS.as_bytes());
        page.render_version_section(&mut roff)?;
    } else {
        page.render(&mut roff)?;
    }
    let file = std::fs::File::create(man.join(format!("{name}.1.gz")))?;
    let mut gz = flate2::GzBuilder::new().write(file, flate2::Compression::best());
    gz.write_all(&roff)?;
    gz.finish()?.sync_all()?;
    for sub in cmd.get_subcommands() {
        if sub.is_hide_set() {
            continue;
        }
        write_man_pages(sub, man)?;
    }
    Ok(())
}

/// Appended to the DESCRIPTION of `newsmark(1)`.
const MAIN_PAGE_DESCRIPTION: &str = r#".PP
Without a subcommand, \fBnewsmark\fR opens the desktop app on the lesson library;
\fBnewsmark open\fR \fIFILE\fR opens it on a lesson, an answer or a student pack. The
subcommands work without a display. In a batch, a bad file is reported (which file, what is
wrong) and the rest are still processed. A command that writes a file never replaces an
existing one unless \fB\-\-force\fR is given.
"#;

/// After SUBCOMMANDS in `newsmark(1)`.
const MAIN_PAGE_SECTIONS: &str = r#".SH "EXIT STATUS"
.TP
0
Success.
.TP
1
\fBnewsmark check\fR found problems.
.TP
2
Bad input: a file that cannot be read or used, or a wrong argument.
.SH FILES
.TP
\fI~/.local/share/newsmark/\fR (\fI$XDG_DATA_HOME/newsmark/\fR)
The data folder: progress, autosaves and settings; your own lessons in \fIlessons/\fR and
your additions to the suggestion assistant's word lists in \fIrules/\fR.
.SH "SEE ALSO"
The teacher guide and the file formats: \fI/usr/share/doc/newsmark/teacher\-guide.md\fR,
\fI/usr/share/doc/newsmark/formats.md\fR.
"#;

/// The profile's directory (`target/release`) from `OUT_DIR`
/// (`target/release/build/newsmark-HASH/out`), when cargo's layout is the usual one.
fn profile_dir(out_dir: &Path) -> Option<PathBuf> {
    let build = out_dir.parent()?.parent()?;
    (build.file_name()? == "build").then(|| build.parent().map(Path::to_path_buf))?
}

/// Replace `to` with a copy of `from` (two levels: `man/`, `completions/`).
fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    let _ = std::fs::remove_dir_all(to);
    for sub in std::fs::read_dir(from)? {
        let sub = sub?.path();
        let Some(name) = sub.file_name() else {
            continue;
        };
        let dest = to.join(name);
        std::fs::create_dir_all(&dest)?;
        for f in std::fs::read_dir(&sub)? {
            let f = f?.path();
            if let Some(n) = f.file_name() {
                std::fs::copy(&f, dest.join(n))?;
            }
        }
    }
    Ok(())
}
