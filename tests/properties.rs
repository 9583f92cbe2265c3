//! Property tests: scoring invariants and readers that never panic.

use newsmark::model::document::Document;
use newsmark::model::scoring::{KeySpan, score};
use newsmark::model::{Label, LessonFormat, Span, TextIndex};
use newsmark::store;
use proptest::prelude::*;

const TEXT: &str = "Officials said the plan was a disaster; critics say it will fail. Київ відповів: «ні». 🙂 Done.";

fn label() -> impl Strategy<Value = Label> {
    prop_oneof![
        Just(Label::Attribution),
        Just(Label::Opinion),
        Just(Label::Unsupported)
    ]
}

fn spans(n: usize) -> impl Strategy<Value = Vec<Span>> {
    prop::collection::vec((0usize..n, 1usize..30, label()), 0..8).prop_map(move |v| {
        v.into_iter()
            .map(|(s, l, lab)| Span::new(s, (s + l).min(n), lab))
            .filter(|s| s.start < s.end)
            .collect()
    })
}

proptest! {
    #[test]
    fn values_are_in_unit_interval(key in spans(TEXT.chars().count()), ans in spans(TEXT.chars().count())) {
        let t = TextIndex::new(TEXT);
        let k: Vec<KeySpan> = KeySpan::numbered(key.iter().copied());
        let s = score(&t, &k, &ans);
        for v in [s.micro.precision, s.micro.recall, s.micro.f1, s.passage_f1] {
            prop_assert!((0.0..=1.0).contains(&v), "{v}");
        }
        for p in s.per_label.iter().flatten() {
            prop_assert!((0.0..=1.0).contains(&p.f1));
        }
        for k in s.kappa.per_label.iter().flatten() {
            prop_assert!((-1.0 - 1e-12..=1.0 + 1e-12).contains(k));
        }
        for it in &s.items {
            prop_assert!((0.0..=1.0).contains(&it.coverage));
        }
    }

    #[test]
    fn answer_equal_to_key_scores_one(key in spans(TEXT.chars().count())) {
        let t = TextIndex::new(TEXT);
        let k: Vec<KeySpan> = KeySpan::numbered(key.iter().copied());
        let s = score(&t, &k, &key);
        prop_assert!((s.micro.f1 - 1.0).abs() < 1e-12);
        prop_assert!((s.passage_f1 - 1.0).abs() < 1e-12);
    }

    #[test]
    fn span_order_does_not_matter(key in spans(TEXT.chars().count()), ans in spans(TEXT.chars().count())) {
        let t = TextIndex::new(TEXT);
        let k: Vec<KeySpan> = KeySpan::numbered(key.iter().copied());
        let mut rev = ans.clone();
        rev.reverse();
        let a = score(&t, &k, &ans);
        let b = score(&t, &k, &rev);
        prop_assert!((a.micro.f1 - b.micro.f1).abs() < 1e-12);
        prop_assert_eq!(a.answer_spans, b.answer_spans);
        prop_assert_eq!(a.kappa, b.kappa);
    }

    #[test]
    fn readers_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = store::parse_key(&bytes);
        let _ = store::parse_answer(&bytes);
        let _ = store::parse_lesson(&bytes, LessonFormat::Markdown, "x");
        let _ = store::parse_lesson(&bytes, LessonFormat::Plain, "x");
    }

    #[test]
    fn markdown_ranges_always_point_into_the_text(src in "(\\PC|[*_`>#\\-\\n\\[\\]()!+]){0,200}") {
        let d = Document::from_markdown(&src);
        let n = d.text.chars().count();
        for b in &d.blocks {
            prop_assert!(b.start <= b.end && b.end <= n);
            for r in &b.runs {
                prop_assert!(b.start <= r.start && r.start < r.end && r.end <= b.end);
            }
        }
    }

    #[test]
    fn snapping_stays_inside_the_text(a in 0usize..120, b in 0usize..120) {
        let t = TextIndex::new(TEXT);
        if let Some((s, e)) = t.snap_to_words(a, b) {
            prop_assert!(s < e && e <= t.char_len());
            prop_assert_eq!(t.snap_to_words(s, e), Some((s, e)), "snapping is idempotent");
        }
    }
}

/// Words for generated articles, some of them not ASCII.
const WORDS: [&str; 12] = [
    "the", "council", "said", "plan", "Київ", "école", "critics", "warn", "budget", "🙂", "river",
    "night",
];

/// An edit away from the span: insert or delete a few words before or after it.
#[derive(Clone, Debug)]
enum Edit {
    Insert {
        before: bool,
        at: usize,
        words: Vec<usize>,
    },
    Delete {
        before: bool,
        at: usize,
        n: usize,
    },
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (
            any::<bool>(),
            any::<usize>(),
            prop::collection::vec(0usize..12, 1..6)
        )
            .prop_map(|(before, at, words)| Edit::Insert { before, at, words }),
        (any::<bool>(), any::<usize>(), 1usize..4).prop_map(|(before, at, n)| Edit::Delete {
            before,
            at,
            n
        }),
    ]
}

proptest! {
    #[test]
    fn a_span_is_re_found_after_random_edits_elsewhere(
        words in prop::collection::vec(0usize..12, 10..80),
        span_at in any::<usize>(),
        span_len in 1usize..5,
        edits in prop::collection::vec(edit(), 1..6),
    ) {
        use newsmark::model::annotation::{AnswerSpan, StoredSpan, resolve};
        // The span's words are marked so the quote occurs once.
        let mut before: Vec<String> = words.iter().map(|&w| WORDS[w].to_string()).collect();
        let at = span_at % before.len();
        let len = span_len.min(before.len() - at);
        let mut marked: Vec<String> = before.drain(at..).collect();
        let mut after = marked.split_off(len);
        let marked: Vec<String> = marked.into_iter().map(|w| format!("{w}ZQ")).collect();
        let build = |b: &[String], m: &[String], a: &[String]| {
            let head = b.join(" ");
            let span = m.join(" ");
            let tail = a.join(" ");
            let start = if head.is_empty() { 0 } else { head.chars().count() + 1 };
            let text = [head, span.clone(), tail].iter().filter(|s| !s.is_empty()).cloned().collect::<Vec<_>>().join(" ");
            (text, start, start + span.chars().count())
        };
        let (old, s0, e0) = build(&before, &marked, &after);
        let old_t = TextIndex::new(old);
        let stored = AnswerSpan::new(&old_t, Span::new(s0, e0, Label::Opinion));
        for e in &edits {
            match e {
                Edit::Insert { before: true, at, words } => {
                    let i = at % (before.len() + 1);
                    for (k, &w) in words.iter().enumerate() {
                        before.insert(i + k, WORDS[w].to_string());
                    }
                }
                Edit::Insert { before: false, at, words } => {
                    let i = at % (after.len() + 1);
                    for (k, &w) in words.iter().enumerate() {
                        after.insert(i + k, WORDS[w].to_string());
                    }
                }
                Edit::Delete { before: true, at, n } if !before.is_empty() => {
                    let i = at % before.len();
                    before.drain(i..(i + n).min(before.len()));
                }
                Edit::Delete { before: false, at, n } if !after.is_empty() => {
                    let i = at % after.len();
                    after.drain(i..(i + n).min(after.len()));
                }
                Edit::Delete { .. } => {}
            }
        }
        let (new, s1, e1) = build(&before, &marked, &after);
        let new_t = TextIndex::new(new);
        let r = resolve(&new_t, std::slice::from_ref(&stored), Some(old_t.sha256())).expect("valid");
        prop_assert_eq!(r.ranges[0], Some((s1, e1)));
        prop_assert_eq!(new_t.slice(s1, e1), stored.selector().quote);
    }
}
