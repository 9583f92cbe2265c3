use super::*;

fn sp(a: usize, b: usize, l: Label) -> Span {
    Span::new(a, b, l)
}

fn keys(s: &[Span]) -> Vec<KeySpan> {
    KeySpan::numbered(s.iter().copied())
}

const TEXT: &str = "The minister said the reform was a triumph; critics say it failed. The minister said the reform was ";

#[test]
fn exact_match_scores_one() {
    let t = TextIndex::new(TEXT);
    let k = [sp(0, 10, Label::Attribution), sp(20, 40, Label::Opinion)];
    let s = score(&t, &keys(&k), &k);
    assert_eq!(s.micro.f1, 1.0);
    assert_eq!(s.display(), 100);
    assert!(!s.indiscriminate);
    assert!(s.items.iter().all(|i| i.status == ItemStatus::Found));
}

#[test]
fn partial_overlap_half_each_way() {
    let t = TextIndex::new(TEXT);
    let s = score(
        &t,
        &keys(&[sp(10, 30, Label::Opinion)]),
        &[sp(20, 40, Label::Opinion)],
    );
    assert!((s.micro.f1 - 0.5).abs() < 1e-12);
    assert_eq!(s.items[0].status, ItemStatus::Found);
    assert!(s.per_label[0].is_none());
}

#[test]
fn optional_items_never_cost() {
    let t = TextIndex::new(TEXT);
    let mut k = keys(&[sp(0, 10, Label::Attribution), sp(20, 40, Label::Opinion)]);
    k[1].optional = true;
    let s = score(&t, &k, &[sp(0, 10, Label::Attribution)]);
    assert_eq!(s.micro.f1, 1.0);
    let s = score(
        &t,
        &k,
        &[sp(0, 10, Label::Attribution), sp(20, 40, Label::Opinion)],
    );
    assert_eq!(s.micro.f1, 1.0);
    assert_eq!(s.status_counts(), [2, 0, 0, 0]);
}

#[test]
fn item_statuses() {
    let t = TextIndex::new(TEXT);
    let k = keys(&[
        sp(0, 10, Label::Attribution),
        sp(20, 40, Label::Opinion),
        sp(50, 70, Label::Unsupported),
        sp(80, 90, Label::Opinion),
    ]);
    let a = [sp(0, 4, Label::Attribution), sp(20, 40, Label::Unsupported)];
    let s = score(&t, &k, &a);
    let st: Vec<_> = s.items.iter().map(|i| i.status).collect();
    assert_eq!(
        st,
        [
            ItemStatus::PartlyFound,
            ItemStatus::WrongLabel,
            ItemStatus::Missed,
            ItemStatus::Missed
        ]
    );
    assert_eq!(s.answer_spans[1].status, SpanStatus::WrongLabel);
    assert_eq!(
        s.labels_given(&s.items[1]),
        vec![GivenLabel {
            label: Label::Unsupported,
            also_right: false
        }]
    );
    assert!(s.labels_given(&s.items[0]).is_empty());
    assert!(s.labels_given(&s.items[3]).is_empty());
}

#[test]
fn a_right_highlight_over_a_doubly_labelled_word_is_also_right() {
    let t = TextIndex::new(TEXT);
    // "The minister said" is attribution; the key also labels "said" as opinion.
    let k = keys(&[sp(0, 17, Label::Attribution), sp(13, 17, Label::Opinion)]);
    let s = score(&t, &k, &[sp(0, 17, Label::Attribution)]);
    assert_eq!(s.items[0].status, ItemStatus::Found);
    assert_eq!(s.items[1].status, ItemStatus::WrongLabel);
    assert_eq!(
        s.labels_given(&s.items[1]),
        vec![GivenLabel {
            label: Label::Attribution,
            also_right: true
        }]
    );
    assert_eq!(s.not_in_key(), 0);
}

#[test]
fn a_highlight_right_elsewhere_is_still_a_wrong_label_here() {
    let t = TextIndex::new(TEXT);
    // The student marks "The minister said the reform was a triumph" as opinion: right
    // for "triumph", but the key has attribution for "The minister said".
    let k = keys(&[sp(0, 17, Label::Attribution), sp(35, 42, Label::Opinion)]);
    let s = score(&t, &k, &[sp(0, 42, Label::Opinion)]);
    assert_eq!(s.answer_spans[0].status, SpanStatus::MatchesKey);
    assert_eq!(s.items[0].status, ItemStatus::WrongLabel);
    assert_eq!(
        s.labels_given(&s.items[0]),
        vec![GivenLabel {
            label: Label::Opinion,
            also_right: false
        }]
    );
}

#[test]
fn highlights_overlapping_no_key_item_are_counted() {
    let t = TextIndex::new(TEXT);
    let k = keys(&[sp(0, 10, Label::Attribution)]);
    let a = [
        sp(0, 10, Label::Attribution),
        sp(20, 30, Label::Opinion),
        sp(25, 35, Label::Opinion),
        sp(50, 60, Label::Unsupported),
        sp(5, 12, Label::Opinion),
    ];
    let s = score(&t, &k, &a);
    // 20..35 (merged) and 50..60 overlap nothing; 5..12 overlaps the key with another label.
    assert_eq!(s.not_in_key(), 2);
    assert_eq!(score(&t, &k, &[]).not_in_key(), 0);
}
