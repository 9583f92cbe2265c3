//! brat and W3C: round trips, and brat's own syntax with what newsmark does not use.

use super::*;

const TEXT: &str = "The minister said the reform was a triumph; critics say it failed.";

fn items() -> Vec<Item> {
    let mut a = Item::new(Span::new(0, 17, Label::Attribution));
    a.note = Some("A named source and a verb.".into());
    let mut b = Item::new(Span::new(35, 42, Label::Opinion));
    b.optional = true;
    let c = Item::new(Span::new(44, 55, Label::Unsupported));
    vec![a, b, c]
}

fn core(v: &[Item]) -> Vec<(Span, Option<String>, bool)> {
    v.iter()
        .map(|i| (i.span, i.note.clone(), i.optional))
        .collect()
}

#[test]
fn brat_round_trip_keeps_spans_labels_notes_and_optional() {
    let t = TextIndex::new(TEXT);
    let ann = to_brat(&t, &items());
    assert!(
        ann.contains("T1\tAttribution 0 17\tThe minister said\n"),
        "{ann}"
    );
    assert!(
        ann.contains("#1\tAnnotatorNotes T1\tA named source and a verb.\n"),
        "{ann}"
    );
    assert!(ann.contains("A1\tOptional T2\n"), "{ann}");
    let (back, warnings) = from_brat(&t, &ann);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(core(&back), core(&items()));
}

#[test]
fn brat_as_brat_writes_it() {
    // Hand-written in brat's own syntax: a discontinuous span, an unknown type, a relation,
    // a note, an attribute newsmark does not know, the long type name in another case.
    let t = TextIndex::new(TEXT);
    let ann = "T1\tOpinion 22 27;35 42\treform triumph\n\
               T2\tPerson 4 12\tminister\n\
               T3\tUNSUPPORTED_ASSERTION 44 55\tcritics say\n\
               R1\tSays Arg1:T2 Arg2:T1\n\
               #1\tAnnotatorNotes T3\tWho are the critics?\n\
               A1\tNegated T1\n\
               E1\tClaim:T1\n";
    let (items, warnings) = from_brat(&t, ann);
    assert_eq!(
        items.iter().map(|i| i.span).collect::<Vec<_>>(),
        vec![
            Span::new(22, 27, Label::Opinion),
            Span::new(35, 42, Label::Opinion),
            Span::new(44, 55, Label::Unsupported),
        ]
    );
    assert_eq!(items[2].note.as_deref(), Some("Who are the critics?"));
    assert_eq!(warnings.len(), 4, "{warnings:?}");
    assert!(
        warnings[0].contains("line 2") && warnings[0].contains("Person"),
        "{warnings:?}"
    );
    assert!(warnings.iter().any(|w| w.contains("relation")));
    assert!(warnings.iter().any(|w| w.contains("attribute")));
    assert!(warnings.iter().any(|w| w.contains("event")));
}

#[test]
fn brat_ranges_outside_the_text_are_skipped_with_a_warning() {
    let t = TextIndex::new("short");
    let (items, warnings) = from_brat(&t, "T1\tOpinion 2 900\tx\nT2\tOpinion 3 1\tx\n");
    assert!(items.is_empty());
    assert_eq!(warnings.len(), 2);
}

#[test]
fn w3c_round_trip_and_selectors() {
    let t = TextIndex::new(TEXT);
    let doc = to_w3c(&t, &items(), "mini.txt", "key");
    assert_eq!(doc["type"], "AnnotationCollection");
    let first = &doc["first"]["items"][0];
    assert_eq!(first["target"]["selector"][0]["type"], "TextQuoteSelector");
    assert_eq!(first["target"]["selector"][0]["exact"], "The minister said");
    assert_eq!(first["target"]["selector"][1]["start"], 0);
    let (back, warnings) = from_w3c(&doc).unwrap();
    assert!(warnings.is_empty());
    assert_eq!(core(&back), core(&items()));
    assert_eq!(back[0].quote.as_deref(), Some("The minister said"));
}

#[test]
fn w3c_skips_annotations_without_a_label() {
    let doc = json!([{"type": "Annotation", "body": {"type": "TextualBody", "purpose": "commenting", "value": "hm"},
                      "target": {"selector": {"type": "TextPositionSelector", "start": 0, "end": 3}}}]);
    let (items, warnings) = from_w3c(&doc).unwrap();
    assert!(items.is_empty());
    assert_eq!(warnings.len(), 1);
    assert!(from_w3c(&json!({"hello": 1})).is_err());
}
