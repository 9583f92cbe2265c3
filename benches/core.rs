//! Core benchmarks (a small bench binary, no harness): scoring one answer on the seed
//! lesson, re-anchoring a key whose quotes were edited (the approximate search), and a
//! class report over 10,000 generated answer files.
//!
//! Run with `cargo bench --bench core`. Prints one line per measurement.

use newsmark::model::annotation::{Answer, AnswerSpan};
use newsmark::model::scoring::score;
use newsmark::model::{Label, Span};
use newsmark::service::{self, PlacedKey};
use newsmark::store;
use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

/// A small deterministic generator, so every run measures the same files.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Re-find every item of the seed key after one letter of each quote changed in the text,
/// on the seed lesson and on a 50,000-word article; the approximate search does the work.
fn reanchor() {
    use newsmark::model::TextIndex;
    use newsmark::model::annotation::{KeyItem, resolve};
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let lesson = store::read_lesson(&root.join("lessons/001_peace-talks.md")).expect("seed lesson");
    let key = store::read_key(&root.join("lessons/001_peace-talks.key.json")).expect("seed key");
    for copies in [1usize, 150] {
        // Generated paragraphs before the article, then the middle letter of every quote
        // changed, so no quote is found exactly and each is searched for approximately.
        let base = lesson.text.as_str();
        let mut text = String::new();
        let mut rng = Lcg(7);
        let vocab = [
            "council", "river", "budget", "market", "school", "weather", "night",
        ];
        for _ in 1..copies {
            for _ in 0..400 {
                text.push_str(vocab[rng.below(vocab.len())]);
                text.push(' ');
            }
            text.push_str("end.\n");
        }
        text.push_str(base);
        let offset = text.chars().count() - base.chars().count();
        let mut chars: Vec<char> = text.chars().collect();
        let items: Vec<KeyItem> = key
            .items
            .iter()
            .map(|k| {
                let mut k = k.clone();
                k.start += offset;
                k.end += offset;
                k
            })
            .collect();
        for k in &items {
            let mid = (k.start + k.end) / 2;
            if let Some(c) = chars.get_mut(mid) {
                *c = if *c == 'x' { 'y' } else { 'x' };
            }
        }
        let edited = TextIndex::new(chars.into_iter().collect::<String>());
        let words = edited.as_str().split_whitespace().count();
        let t = Instant::now();
        let r = resolve(&edited, &items, Some("00")).expect("valid key");
        let took = t.elapsed();
        let placed = r.ranges.iter().filter(|x| x.is_some()).count();
        println!(
            "re-anchoring {} edited key items on {words} words: {:.1} ms ({placed} placed)",
            items.len(),
            took.as_secs_f64() * 1e3
        );
    }
}

/// The skills profile as the library computes it every frame: standing per label, the
/// mix-ups, per skill tag and the recommendation, over a learner with many attempts.
fn profile() {
    use newsmark::model::profile::{
        AttemptFigures, Candidate, in_words, mix_ups_total, recommend, skill_standing, standing,
    };
    use std::collections::BTreeMap;
    let mut rng = Lcg(7);
    let lessons = 200usize;
    let skills: BTreeMap<String, Vec<String>> = (0..lessons)
        .map(|i| {
            let tags = (0..4)
                .map(|k| format!("skill {}", (i * 7 + k * 13) % 40))
                .collect();
            (format!("lesson {i}"), tags)
        })
        .collect();
    let candidates: Vec<Candidate> = (0..lessons)
        .map(|i| Candidate {
            id: format!("lesson {i}"),
            level: Some(1 + (i % 3) as u8),
            skills: skills[&format!("lesson {i}")].clone(),
            best: (i % 2 == 0).then_some(60),
        })
        .collect();
    for attempts in [100usize, 2_000] {
        let figures: Vec<AttemptFigures> = (0..attempts)
            .map(|i| {
                let per_label = [0; 3].map(|_| Some(rng.below(101) as f64 / 100.0));
                AttemptFigures {
                    lesson: format!("lesson {}", rng.below(lessons / 2) * 2),
                    at: i as u64,
                    f1: rng.below(101) as f64 / 100.0,
                    per_label,
                    mix_ups: [[rng.below(3) as u32; 3]; 3],
                }
            })
            .collect();
        let iters = 200;
        let t = Instant::now();
        for _ in 0..iters {
            let s = standing(black_box(&figures));
            let m = mix_ups_total(&figures);
            black_box(in_words(&s, &m));
            let k = skill_standing(&figures, &skills);
            black_box(recommend(&candidates, &s, &k));
        }
        let per = t.elapsed().as_secs_f64() / iters as f64;
        println!(
            "skills profile, words and recommendation ({attempts} attempts, {lessons} lessons, 40 tags): {:.2} ms",
            per * 1e3
        );
    }
}

/// Peak resident memory of this process so far, in bytes (Linux; 0 elsewhere).
fn peak_rss() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<u64>().ok())
        })
        .map_or(0, |kb| kb * 1024)
}

/// A Canvas "Download Submissions" zip of 1,000 hand-ins to a 1,600-word lesson, with the
/// class's roster: read (in memory), matched, scored and the gradebook rows made.
fn lms_zip() {
    use newsmark::model::lesson::{Lesson, LessonFormat};
    use newsmark::model::lms::gradebook::{RosterGradebookOptions, roster_gradebook};
    use newsmark::model::lms::matching::Remembered;
    use newsmark::model::lms::roster::Roster;
    use std::io::Write as _;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let seed = std::fs::read_to_string(root.join("lessons/001_peace-talks.md")).expect("seed");
    let (front, body) = seed.rsplit_once("+++").expect("front matter");
    // The seed article four times over: about 1,600 words; the key is the seed's, placed
    // on the first copy.
    let text = format!("{front}+++{body}\n\n{body}\n\n{body}\n\n{body}");
    let lesson = Lesson::parse(&text, LessonFormat::Markdown, "long").expect("lesson");
    let words = lesson.text.as_str().split_whitespace().count();
    let key_text =
        std::fs::read_to_string(root.join("lessons/001_peace-talks.key.json")).expect("key");
    let dir = tempfile::tempdir().expect("tempdir");
    let key_path = dir.path().join("long.key.json");
    std::fs::write(&key_path, key_text).expect("write key");
    let key = PlacedKey::read(&lesson, &key_path).expect("key placed");
    let n = lesson.text.char_len();
    let mut rng = Lcg(7);
    let zip_path = dir.path().join("submissions.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&zip_path).expect("zip"));
    let mut roster = String::from(
        "Student,ID,SIS User ID,SIS Login ID,Section,Peace talks (1)\n    Points Possible,,,,,10\n",
    );
    for i in 0..1000u32 {
        let uid = 20_000 + i;
        roster.push_str(&format!("\"Student{i}, Ana\",{uid},,,P1,\n"));
        let mut a = Answer::new(&lesson.text, Some("long.md".into()));
        a.student = Some(format!("Ana Student{i}"));
        for k in &key.spans {
            if rng.below(3) != 0 {
                let s = k.span.start.saturating_sub(rng.below(3));
                let e = (k.span.end + rng.below(3)).min(n);
                a.spans
                    .push(AnswerSpan::new(&lesson.text, Span::new(s, e, k.span.label)));
            }
        }
        for _ in 0..rng.below(8) {
            let s = rng.below(n - 30);
            a.spans.push(AnswerSpan::new(
                &lesson.text,
                Span::new(s, s + 4 + rng.below(25), Label::ALL[rng.below(3)]),
            ));
        }
        let name = format!("student{i}ana_{uid}_{}_long.json", 900_000 + i);
        zip.start_file(name, zip::write::SimpleFileOptions::default())
            .expect("entry");
        zip.write_all(store::to_json(&a).expect("json").as_bytes())
            .expect("write");
    }
    zip.finish().expect("finish");
    let zip_bytes = std::fs::metadata(&zip_path).map_or(0, |m| m.len());
    let before = peak_rss();
    let t = Instant::now();
    let roster = Roster::parse(&roster).expect("roster");
    let subs = store::lms_zip::read_submissions(&zip_path).expect("read");
    let c = service::lms::grade_submissions(
        "long.md",
        &lesson,
        &key,
        subs,
        Some(&roster),
        &Remembered::new(),
    );
    let rows = roster_gradebook(&roster, &c.grades, &RosterGradebookOptions::default())
        .expect("gradebook");
    let took = t.elapsed().as_secs_f64();
    let grew = peak_rss().saturating_sub(before);
    assert_eq!(c.class.report.students.len(), 1000);
    black_box(rows);
    println!(
        "LMS: a Canvas zip of 1,000 hand-ins ({:.1} MB) to a {words}-word lesson read, matched to its roster, scored and the gradebook made in {took:.2} s; peak memory grew by {:.1} MB",
        zip_bytes as f64 / 1e6,
        grew as f64 / 1e6
    );
}

/// The suggestion assistant with the English lists on a 50,000-word article: the held-out
/// test articles, one after another until the article is long enough.
fn assistant() {
    use newsmark::model::TextIndex;
    use newsmark::model::suggest::suggest;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut parts = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(root.join("tests/fixtures/assistant"))
        .expect("held-out articles")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    files.sort();
    for p in files {
        parts.push(
            store::read_lesson(&p)
                .expect("article")
                .text
                .as_str()
                .to_string(),
        );
    }
    let mut text = String::new();
    while text.split_whitespace().count() < 50_000 {
        for part in &parts {
            text.push_str(part);
            text.push('\n');
        }
    }
    let words = text.split_whitespace().count();
    let text = TextIndex::new(text);
    let (rules, errors) = store::rules::load_rules("en", None);
    assert!(errors.is_empty());
    let runs = 5;
    let t = Instant::now();
    let mut found = 0;
    for _ in 0..runs {
        found = black_box(suggest(&text, &rules)).len();
    }
    println!(
        "assistant on a {words}-word article: {:.0} ms per run, {found} suggestions",
        t.elapsed().as_secs_f64() * 1000.0 / runs as f64
    );
}

fn main() {
    assistant();
    lms_zip();
    profile();
    reanchor();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let lesson = store::read_lesson(&root.join("lessons/001_peace-talks.md")).expect("seed lesson");
    let key =
        PlacedKey::read(&lesson, &root.join("lessons/001_peace-talks.key.json")).expect("seed key");
    let n = lesson.text.char_len();
    let mut rng = Lcg(42);

    // A realistic answer: most key items, shifted a little, plus some extra spans.
    let mut answer: Vec<Span> = Vec::new();
    for k in &key.spans {
        if rng.below(4) != 0 {
            let s = k.span.start.saturating_sub(rng.below(3));
            let e = (k.span.end + rng.below(3)).min(n);
            answer.push(Span::new(s, e, k.span.label));
        }
    }
    for _ in 0..8 {
        let s = rng.below(n - 20);
        answer.push(Span::new(
            s,
            s + 5 + rng.below(15),
            Label::ALL[rng.below(3)],
        ));
    }
    let iters = 20_000;
    let t = Instant::now();
    for _ in 0..iters {
        black_box(score(
            &lesson.text,
            black_box(&key.spans),
            black_box(&answer),
        ));
    }
    let per = t.elapsed().as_secs_f64() / iters as f64;
    println!(
        "score one answer on the seed lesson ({} key items, {} spans): {:.1} µs",
        key.spans.len(),
        answer.len(),
        per * 1e6
    );

    // 10,000 answer files as the app writes them (quotes and context included).
    let dir = tempfile::tempdir().expect("tempdir");
    let students = 10_000;
    for i in 0..students {
        let mut a = Answer::new(&lesson.text, Some("001_peace-talks.md".into()));
        a.student = Some(format!("Student {i:05}"));
        a.student_id = Some(format!("s{i:05}"));
        for k in &key.spans {
            if rng.below(3) == 0 {
                continue;
            }
            let label = if rng.below(5) == 0 {
                Label::ALL[rng.below(3)]
            } else {
                k.span.label
            };
            let s = k.span.start.saturating_sub(rng.below(4));
            let e = (k.span.end + rng.below(4)).min(n);
            a.spans
                .push(AnswerSpan::new(&lesson.text, Span::new(s, e, label)));
        }
        for _ in 0..rng.below(6) {
            let s = rng.below(n - 30);
            a.spans.push(AnswerSpan::new(
                &lesson.text,
                Span::new(s, s + 4 + rng.below(25), Label::ALL[rng.below(3)]),
            ));
        }
        std::fs::write(
            dir.path().join(format!("s{i:05}.json")),
            store::to_json(&a).expect("json"),
        )
        .expect("write");
    }
    let t = Instant::now();
    let class = service::grade_folder("001_peace-talks.md", &lesson, &key, dir.path());
    let took = t.elapsed().as_secs_f64();
    assert_eq!(class.report.students.len(), students);
    assert!(class.problems.is_empty());
    println!(
        "class report over {students} answer files (read, parse, anchor, score, figures): {:.2} s ({:.0} µs per file)",
        took,
        took * 1e6 / students as f64
    );
}
