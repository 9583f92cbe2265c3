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
