//! The conformance vectors of `design/scoring.md` (copied from shared/conformance): every
//! case must agree to 1e-9.

use newsmark::model::scoring::{ItemStatus, KeySpan, Prf, SpanStatus, score};
use newsmark::model::{Label, Span, TextIndex};
use serde_json::Value;

const TOL: f64 = 1e-9;

fn spans(v: &Value) -> Vec<Span> {
    v.as_array()
        .expect("span list")
        .iter()
        .map(|s| {
            let a = s.as_array().expect("[start, end, label]");
            Span::new(
                a[0].as_u64().expect("start") as usize,
                a[1].as_u64().expect("end") as usize,
                a[2].as_str()
                    .expect("label")
                    .parse::<Label>()
                    .expect("known label"),
            )
        })
        .collect()
}

fn close(name: &str, what: &str, got: f64, want: &Value) {
    let w = want
        .as_f64()
        .unwrap_or_else(|| panic!("{name}: {what} expected a number, got {want}"));
    assert!(
        (got - w).abs() <= TOL,
        "{name}: {what} = {got}, expected {w}"
    );
}

fn prf(name: &str, what: &str, got: &Prf, want: &Value) {
    for f in ["precision", "recall", "f1"] {
        let g = match f {
            "precision" => got.precision,
            "recall" => got.recall,
            _ => got.f1,
        };
        close(name, &format!("{what}.{f}"), g, &want[f]);
    }
    // The raw sums are given for every case with spans on either side.
    if !want["p_num"].is_null() {
        close(name, &format!("{what}.p_num"), got.p_num, &want["p_num"]);
        close(name, &format!("{what}.r_num"), got.r_num, &want["r_num"]);
        assert_eq!(
            Some(got.p_den as u64),
            want["p_den"].as_u64(),
            "{name}: {what}.p_den"
        );
        assert_eq!(
            Some(got.r_den as u64),
            want["r_den"].as_u64(),
            "{name}: {what}.r_den"
        );
    }
}

fn opt(name: &str, what: &str, got: Option<f64>, want: &Value) {
    match (got, want.is_null()) {
        (None, true) => {}
        (Some(g), false) => close(name, what, g, want),
        _ => panic!("{name}: {what} = {got:?}, expected {want}"),
    }
}

#[test]
fn every_conformance_case_agrees() {
    let raw = include_str!("fixtures/scoring-cases.json");
    let doc: Value = serde_json::from_str(raw).expect("fixture is JSON");
    let cases = doc["cases"].as_array().expect("cases");
    assert!(cases.len() >= 50, "all cases present");
    for case in cases {
        let name = case["name"].as_str().expect("name");
        let text = TextIndex::new(case["text"].as_str().expect("text"));
        let key: Vec<KeySpan> = KeySpan::numbered(spans(&case["key"]));
        let answer = spans(&case["answer"]);
        let s = score(&text, &key, &answer);
        let e = &case["expected"];
        prf(name, "micro", &s.micro, &e["micro"]);
        for l in Label::ALL {
            let want = &e["per_label"][l.key()];
            match (&s.per_label[l.index()], want.is_null()) {
                (None, true) => {}
                (Some(p), false) => prf(name, l.key(), p, want),
                (got, _) => panic!("{name}: per_label.{l} = {got:?}, expected {want}"),
            }
            opt(
                name,
                &format!("kappa.{l}"),
                s.kappa.per_label[l.index()],
                &e["kappa"]["per_label"][l.key()],
            );
        }
        close(name, "passage_f1", s.passage_f1, &e["passage_f1"]);
        opt(name, "kappa.mean", s.kappa.mean, &e["kappa"]["mean"]);
        assert_eq!(
            Some(s.indiscriminate),
            e["indiscriminate"].as_bool(),
            "{name}: indiscriminate"
        );

        let items = e["items"].as_array().expect("items");
        assert_eq!(s.items.len(), items.len(), "{name}: item count");
        for (got, want) in s.items.iter().zip(items) {
            assert_eq!(
                Some(got.start as u64),
                want["start"].as_u64(),
                "{name}: item start"
            );
            assert_eq!(
                Some(got.end as u64),
                want["end"].as_u64(),
                "{name}: item end"
            );
            assert_eq!(
                Some(got.label.key()),
                want["label"].as_str(),
                "{name}: item label"
            );
            close(name, "item coverage", got.coverage, &want["coverage"]);
            let st = match got.status {
                ItemStatus::Found => "found",
                ItemStatus::PartlyFound => "partly_found",
                ItemStatus::WrongLabel => "wrong_label",
                ItemStatus::Missed => "missed",
            };
            assert_eq!(
                Some(st),
                want["status"].as_str(),
                "{name}: item {}..{} status",
                got.start,
                got.end
            );
        }
        let spans_want = e["answer_spans"].as_array().expect("answer_spans");
        assert_eq!(
            s.answer_spans.len(),
            spans_want.len(),
            "{name}: answer span count"
        );
        for (got, want) in s.answer_spans.iter().zip(spans_want) {
            assert_eq!(
                Some(got.start as u64),
                want["start"].as_u64(),
                "{name}: span start"
            );
            assert_eq!(
                Some(got.end as u64),
                want["end"].as_u64(),
                "{name}: span end"
            );
            assert_eq!(
                Some(got.label.key()),
                want["label"].as_str(),
                "{name}: span label"
            );
            let st = match got.status {
                SpanStatus::MatchesKey => "matches_key",
                SpanStatus::WrongLabel => "wrong_label",
                SpanStatus::NotInKey => "not_in_key",
            };
            assert_eq!(Some(st), want["status"].as_str(), "{name}: span status");
        }
        // The JSON contract serialises the same values.
        let j = serde_json::to_value(&s.items).expect("items serialise");
        assert_eq!(j.as_array().map(Vec::len), Some(items.len()));
    }
}
