//! Keys and answers in other tools' formats: brat standoff (`.ann` beside the text, as
//! brat and INCEpTION read and write it) and W3C Web Annotation (an AnnotationCollection
//! whose annotations carry a TextQuoteSelector and a TextPositionSelector, as Hypothesis
//! uses). Offsets in both are char offsets into the canonical text, as everywhere here.
//!
//! A round trip keeps every span, label and note (a key's rationale, an answer's note) and
//! the optional flag (brat: the attribute `Optional`; W3C: a `newsmark:optional` tag).

use crate::model::label::Label;
use crate::model::span::Span;
use crate::model::text::TextIndex;
use serde_json::{Value, json};

/// A labelled span with its note and optional flag, whatever file it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// The span.
    pub span: Span,
    /// The note or rationale.
    pub note: Option<String>,
    /// Debatable (keys only).
    pub optional: bool,
    /// The quoted text as the file gives it (for re-anchoring), if it gives one.
    pub quote: Option<String>,
    /// Text before it, for re-anchoring.
    pub prefix: Option<String>,
    /// Text after it, for re-anchoring.
    pub suffix: Option<String>,
}

impl Item {
    /// An item with no note.
    pub fn new(span: Span) -> Item {
        Item {
            span,
            note: None,
            optional: false,
            quote: None,
            prefix: None,
            suffix: None,
        }
    }
}

fn label_of(kind: &str) -> Option<Label> {
    match kind.to_ascii_lowercase().as_str() {
        "attribution" => Some(Label::Attribution),
        "opinion" => Some(Label::Opinion),
        "unsupported" | "unsupported_assertion" | "unsupported-assertion" => {
            Some(Label::Unsupported)
        }
        _ => None,
    }
}

fn brat_type(l: Label) -> &'static str {
    match l {
        Label::Attribution => "Attribution",
        Label::Opinion => "Opinion",
        Label::Unsupported => "Unsupported",
    }
}

/// brat's own file: one text-bound annotation per item, a note as `AnnotatorNotes`, the
/// optional flag as the attribute `Optional`.
pub fn to_brat(text: &TextIndex, items: &[Item]) -> String {
    let mut out = String::new();
    let (mut notes, mut attrs) = (0, 0);
    for (i, it) in items.iter().enumerate() {
        let t = i + 1;
        let quote = text
            .slice_clamped(it.span.start, it.span.end)
            .replace(['\n', '\t'], " ");
        out.push_str(&format!(
            "T{t}\t{} {} {}\t{quote}\n",
            brat_type(it.span.label),
            it.span.start,
            it.span.end
        ));
        if let Some(n) = it.note.as_deref().filter(|n| !n.trim().is_empty()) {
            notes += 1;
            out.push_str(&format!(
                "#{notes}\tAnnotatorNotes T{t}\t{}\n",
                n.replace(['\n', '\t'], " ")
            ));
        }
        if it.optional {
            attrs += 1;
            out.push_str(&format!("A{attrs}\tOptional T{t}\n"));
        }
    }
    out
}

/// Read brat standoff. Text-bound annotations of the three types become items (a
/// discontinuous one, `0 5;9 14`, one item per part); `AnnotatorNotes` become notes; the
/// attribute `Optional` marks an item optional. Everything else (other types, relations,
/// other attributes, events, normalisations) is skipped with a warning naming its line.
pub fn from_brat(text: &TextIndex, ann: &str) -> (Vec<Item>, Vec<String>) {
    let mut items: Vec<(String, Item)> = Vec::new();
    let mut warnings = Vec::new();
    let n = text.char_len();
    let mut notes: Vec<(String, String)> = Vec::new();
    let mut optional: Vec<String> = Vec::new();
    for (i, line) in ann.lines().enumerate() {
        let line_no = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        let mut parts = line.splitn(3, '\t');
        let id = parts.next().unwrap_or("");
        let body = parts.next().unwrap_or("");
        let skip = |what: &str| format!("line {line_no}: {what} {id:?} is skipped");
        match id.chars().next() {
            Some('T') => {
                let (kind, ranges) = body.split_once(' ').unwrap_or((body, ""));
                let Some(label) = label_of(kind) else {
                    warnings.push(skip(&format!(
                        "the annotation type {kind:?} is not a newsmark label;"
                    )));
                    continue;
                };
                for r in ranges.split(';') {
                    let mut nums = r.split_whitespace().map(str::parse::<usize>);
                    match (nums.next(), nums.next()) {
                        (Some(Ok(a)), Some(Ok(b))) if a < b && b <= n => {
                            items.push((id.to_string(), Item::new(Span::new(a, b, label))))
                        }
                        _ => warnings.push(format!(
                            "line {line_no}: the range {r:?} of {id} is not a span of this text; it is skipped"
                        )),
                    }
                }
            }
            Some('#') => {
                let mut b = body.split_whitespace();
                match (b.next(), b.next()) {
                    (Some("AnnotatorNotes"), Some(target)) => {
                        let note = parts.next().unwrap_or("").trim().to_string();
                        notes.push((target.to_string(), note));
                    }
                    _ => warnings.push(skip("the note")),
                }
            }
            Some('A' | 'M') => {
                let mut b = body.split_whitespace();
                match (b.next(), b.next()) {
                    (Some(a), Some(target)) if a.eq_ignore_ascii_case("optional") => {
                        optional.push(target.to_string())
                    }
                    _ => warnings.push(skip("the attribute")),
                }
            }
            Some('R') => warnings.push(skip("the relation")),
            Some('E') => warnings.push(skip("the event")),
            Some('N') => warnings.push(skip("the normalisation")),
            Some('*') => warnings.push(skip("the equivalence")),
            _ => warnings.push(format!("line {line_no}: not brat standoff; it is skipped")),
        }
    }
    let mut out = Vec::new();
    for (id, mut it) in items {
        it.note = notes
            .iter()
            .find(|(t, _)| *t == id)
            .map(|(_, n)| n.clone())
            .filter(|n| !n.is_empty());
        it.optional = optional.contains(&id);
        out.push(it);
    }
    (out, warnings)
}

/// W3C Web Annotation: an AnnotationCollection of the items, on `source` (the lesson's
/// file name).
pub fn to_w3c(text: &TextIndex, items: &[Item], source: &str, label: &str) -> Value {
    let annotations: Vec<Value> = items
        .iter()
        .enumerate()
        .map(|(i, it)| {
            let mut body = vec![json!({
                "type": "TextualBody",
                "purpose": "tagging",
                "value": it.span.label.key(),
            })];
            if let Some(n) = it.note.as_deref().filter(|n| !n.trim().is_empty()) {
                body.push(json!({"type": "TextualBody", "purpose": "commenting", "value": n}));
            }
            if it.optional {
                body.push(json!({"type": "TextualBody", "purpose": "tagging", "value": "newsmark:optional"}));
            }
            json!({
                "id": format!("#a{}", i + 1),
                "type": "Annotation",
                "motivation": "highlighting",
                "body": body,
                "target": {
                    "source": source,
                    "selector": [
                        {
                            "type": "TextQuoteSelector",
                            "exact": text.slice_clamped(it.span.start, it.span.end),
                            "prefix": text.prefix(it.span.start),
                            "suffix": text.suffix(it.span.end),
                        },
                        {
                            "type": "TextPositionSelector",
                            "start": it.span.start,
                            "end": it.span.end,
                        }
                    ]
                }
            })
        })
        .collect();
    json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationCollection",
        "label": label,
        "total": annotations.len(),
        "first": {"type": "AnnotationPage", "items": annotations},
    })
}

fn str_of<'a>(v: &'a Value, k: &str) -> Option<&'a str> {
    v.get(k).and_then(Value::as_str)
}

/// Read W3C Web Annotation (a collection, a page, a list or one annotation). The label is a
/// tagging body; a commenting body is the note; the position comes from a
/// TextPositionSelector, the quote and context from a TextQuoteSelector (used to re-find the
/// span if the text changed). Annotations without a newsmark label are skipped with a
/// warning.
pub fn from_w3c(doc: &Value) -> Result<(Vec<Item>, Vec<String>), String> {
    let list: Vec<&Value> =
        if let Some(items) = doc.pointer("/first/items").and_then(Value::as_array) {
            items.iter().collect()
        } else if let Some(items) = doc.get("items").and_then(Value::as_array) {
            items.iter().collect()
        } else if let Some(items) = doc.as_array() {
            items.iter().collect()
        } else if str_of(doc, "type") == Some("Annotation") {
            vec![doc]
        } else {
            return Err(
                "not W3C Web Annotation JSON: no AnnotationCollection, page or annotation".into(),
            );
        };
    let mut items = Vec::new();
    let mut warnings = Vec::new();
    for (i, a) in list.iter().enumerate() {
        let name = str_of(a, "id").map_or_else(|| format!("annotation {}", i + 1), str::to_string);
        let bodies: Vec<&Value> = match a.get("body") {
            Some(Value::Array(v)) => v.iter().collect(),
            Some(b) => vec![b],
            None => Vec::new(),
        };
        let tags: Vec<&str> = bodies
            .iter()
            .filter(|b| str_of(b, "purpose") == Some("tagging"))
            .filter_map(|b| str_of(b, "value"))
            .collect();
        let Some(label) = tags.iter().find_map(|t| label_of(t)) else {
            warnings.push(format!(
                "{name}: no attribution, opinion or unsupported tag; it is skipped"
            ));
            continue;
        };
        let note = bodies
            .iter()
            .find(|b| str_of(b, "purpose") == Some("commenting"))
            .and_then(|b| str_of(b, "value"))
            .map(str::to_string);
        let selectors: Vec<&Value> = match a.pointer("/target/selector") {
            Some(Value::Array(v)) => v.iter().collect(),
            Some(s) => vec![s],
            None => Vec::new(),
        };
        let pos = selectors
            .iter()
            .find(|s| str_of(s, "type") == Some("TextPositionSelector"));
        let quote = selectors
            .iter()
            .find(|s| str_of(s, "type") == Some("TextQuoteSelector"));
        let range = pos.and_then(|p| {
            let a = p.get("start")?.as_u64()? as usize;
            let b = p.get("end")?.as_u64()? as usize;
            (a < b).then_some((a, b))
        });
        let Some((start, end)) = range.or_else(|| quote.map(|_| (0, 1))) else {
            warnings.push(format!(
                "{name}: no TextPositionSelector or TextQuoteSelector; it is skipped"
            ));
            continue;
        };
        let mut it = Item::new(Span::new(start, end, label));
        it.note = note;
        it.optional = tags.contains(&"newsmark:optional");
        if let Some(q) = quote {
            it.quote = str_of(q, "exact").map(str::to_string);
            it.prefix = str_of(q, "prefix").map(str::to_string);
            it.suffix = str_of(q, "suffix").map(str::to_string);
        }
        items.push(it);
    }
    Ok((items, warnings))
}

#[cfg(test)]
mod tests;
