//! *Compare with another key…*: a colleague's key (or a blind reader's answer) over the same
//! article, its agreement with this one (kappa per label, F1) and its disagreements walked
//! one by one: keep mine, take theirs, keep both, or drop. The merged key is this workshop's
//! key, saved as usual. The figures and the merge are the core's ([`crate::model::agree`]).

use super::AuthoringPage;
use crate::app::command::{AuthoringCommand, Command};
use crate::app::dialogs::Purpose;
use crate::app::shared::Shared;
use crate::app::theme::Palette;
use crate::model::Span;
use crate::model::agree::{Choice, Disagreement, DisagreementKind, KeyAgreement, agree};
use crate::model::annotation::KeyItem;
use crate::service::PlacedKey;
use egui::{RichText, Ui};
use std::path::PathBuf;

/// The other key and where the walk through the disagreements stands.
pub struct Compare {
    /// The other key's file.
    pub path: PathBuf,
    /// Its items placed on the article, with their rationales.
    pub theirs: Vec<KeyItem>,
    /// The figures now, with the disagreements in text order.
    pub agreement: KeyAgreement,
    /// Disagreements the instructor chose to leave as they are (kept mine).
    kept: Vec<Disagreement>,
}

impl Compare {
    /// The disagreement to decide next, and its number among those left (1-based).
    pub fn current(&self) -> Option<(usize, &Disagreement)> {
        self.agreement
            .disagreements
            .iter()
            .filter(|d| !self.kept.contains(d))
            .enumerate()
            .next()
            .map(|(i, d)| (i + 1, d))
    }

    /// Disagreements still to decide.
    pub fn left(&self) -> usize {
        self.agreement
            .disagreements
            .iter()
            .filter(|d| !self.kept.contains(d))
            .count()
    }

    /// Their items as spans.
    pub fn their_spans(&self) -> impl Iterator<Item = Span> + '_ {
        self.theirs
            .iter()
            .map(|k| Span::new(k.start, k.end, k.label))
    }
}

fn span_of(k: &KeyItem) -> Span {
    Span::new(k.start, k.end, k.label)
}

impl AuthoringPage {
    /// A compare command.
    pub fn compare_command(&mut self, c: AuthoringCommand, sh: &mut Shared) {
        match c {
            AuthoringCommand::Compare => sh.ask(Purpose::OpenCompareKey),
            AuthoringCommand::CompareEnd => self.compare = None,
            AuthoringCommand::CompareChoose(choice) => self.resolve(choice),
            _ => {}
        }
    }

    /// The other key was chosen: read and place it on the article.
    pub fn compare_with(&mut self, path: PathBuf, sh: &mut Shared) {
        let key = match PlacedKey::read(&self.lesson, &path) {
            Ok(k) => k,
            Err(e) => {
                sh.messages.error(crate::store::describe(&e));
                return;
            }
        };
        let theirs: Vec<KeyItem> = key
            .spans
            .iter()
            .filter_map(|ks| {
                // Placed on this article, with its quote and surroundings from it; the
                // rationale and "optional" as the other key has them.
                let given = key.key.items.get(ks.key_index)?;
                let mut item = KeyItem::new(&self.lesson.text, ks.span, given.rationale.clone());
                item.optional = given.optional;
                Some(item)
            })
            .collect();
        let unplaced = key.unplaced().len();
        if unplaced > 0 {
            sh.messages
                .error(crate::t!("workshop-compare-unplaced", count = unplaced));
        }
        let agreement = self.agreement_with(&theirs);
        self.compare = Some(Compare {
            path,
            theirs,
            agreement,
            kept: Vec::new(),
        });
        self.reveal_disagreement();
    }

    fn agreement_with(&self, theirs: &[KeyItem]) -> KeyAgreement {
        let mine: Vec<Span> = self.editor.spans().map(span_of).collect();
        let theirs: Vec<Span> = theirs.iter().map(span_of).collect();
        agree(&self.lesson.text, &mine, &theirs)
    }

    /// After any change to this key while comparing: the figures again.
    pub fn compare_refresh(&mut self) {
        let Some(c) = self.compare.take() else { return };
        let agreement = self.agreement_with(&c.theirs);
        self.compare = Some(Compare { agreement, ..c });
    }

    fn resolve(&mut self, choice: Choice) {
        let Some(c) = &self.compare else { return };
        let Some((_, d)) = c.current() else { return };
        let d = d.clone();
        if choice == Choice::KeepMine {
            if let Some(c) = self.compare.as_mut() {
                c.kept.push(d);
            }
            self.reveal_disagreement();
            return;
        }
        let theirs: Vec<KeyItem> = c
            .theirs
            .iter()
            .filter(|k| d.theirs.contains(&span_of(k)))
            .cloned()
            .collect();
        let mut items: Vec<KeyItem> = self.editor.to_vec();
        if matches!(choice, Choice::TakeTheirs | Choice::Drop)
            && let Some(m) = d.mine
        {
            items.retain(|k| span_of(k) != m);
        }
        if matches!(choice, Choice::TakeTheirs | Choice::KeepBoth) {
            for t in theirs {
                if !items.iter().any(|k| span_of(k) == span_of(&t)) {
                    items.push(t);
                }
            }
        }
        items.sort_by_key(|k| (k.start, k.end, k.label.index()));
        if self.editor.replace_all(items) {
            self.dirty = true;
            self.revision += 1;
            self.problems = None;
        }
        self.compare_refresh();
        self.reveal_disagreement();
    }

    /// Select the words of the disagreement to decide, so the article shows it.
    fn reveal_disagreement(&mut self) {
        let at = self
            .compare
            .as_ref()
            .and_then(|c| c.current().map(|(_, d)| (d.start(), d.end())));
        if let Some((start, end)) = at {
            self.editor.selected = None;
            self.editor.selection = Some((start, end));
            self.editor.caret = start;
            self.editor.rev += 1;
        }
    }
}

fn cmd(c: AuthoringCommand) -> Command {
    Command::Authoring(c)
}

/// The comparison in the key editor's side panel: the figures, the disagreement to decide
/// and the four answers.
pub(super) fn panel(ui: &mut Ui, pal: &Palette, p: &AuthoringPage, out: &mut Vec<Command>) {
    let Some(c) = &p.compare else {
        if ui
            .button(crate::t!("workshop-compare-button"))
            .on_hover_text(crate::t!("workshop-compare-hover"))
            .clicked()
        {
            out.push(cmd(AuthoringCommand::Compare));
        }
        return;
    };
    egui::Frame::group(ui.style()).show(ui, |ui| {
        let file = c
            .path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        crate::app::widgets::heading(
            ui,
            RichText::new(crate::t!("workshop-compare-heading", file = file)).strong(),
            3,
        );
        let a = &c.agreement;
        let k = |v: Option<f64>| v.map_or_else(|| "–".to_string(), |v| crate::i18n::decimal(v, 2));
        let figures = crate::t!(
            "workshop-compare-figures",
            kappa = k(a.kappa.mean),
            attribution = k(a.kappa.per_label[0]),
            opinion = k(a.kappa.per_label[1]),
            unsupported = k(a.kappa.per_label[2]),
            f1 = crate::i18n::decimal(a.f1, 2)
        );
        ui.label(figures);
        let Some((n, d)) = c.current() else {
            ui.label(RichText::new(crate::t!("workshop-compare-done")).color(pal.weak_text));
            if ui.button(crate::t!("workshop-compare-end")).clicked() {
                out.push(cmd(AuthoringCommand::CompareEnd));
            }
            return;
        };
        let left = c.left();
        ui.label(
            RichText::new(crate::t!(
                "workshop-compare-position",
                number = n,
                total = left
            ))
            .strong(),
        );
        let quote = |s: &Span| p.lesson.text.slice_clamped(s.start, s.end).to_string();
        let side = |s: Option<&Span>| {
            s.map_or_else(
                || crate::t!("workshop-compare-nothing"),
                |s| {
                    crate::t!(
                        "workshop-compare-side",
                        label = s.label.title(),
                        quote = quote(s)
                    )
                },
            )
        };
        let what = match d.kind {
            DisagreementKind::OnlyMine => crate::t!("workshop-compare-only-mine"),
            DisagreementKind::OnlyTheirs => crate::t!("workshop-compare-only-theirs"),
            DisagreementKind::LabelDiffers => crate::t!("workshop-compare-label-differs"),
            DisagreementKind::Boundary => crate::t!("workshop-compare-boundary"),
        };
        ui.label(what);
        ui.label(crate::t!(
            "workshop-compare-mine",
            side = side(d.mine.as_ref())
        ));
        let theirs: Vec<String> = d.theirs.iter().map(|t| side(Some(t))).collect();
        let theirs = if theirs.is_empty() {
            crate::t!("workshop-compare-nothing")
        } else {
            theirs.join("; ")
        };
        ui.label(crate::t!("workshop-compare-theirs", side = theirs));
        ui.horizontal_wrapped(|ui| {
            for (choice, text) in [
                (Choice::KeepMine, crate::t!("workshop-compare-keep-mine")),
                (
                    Choice::TakeTheirs,
                    crate::t!("workshop-compare-take-theirs"),
                ),
                (Choice::KeepBoth, crate::t!("workshop-compare-keep-both")),
                (Choice::Drop, crate::t!("workshop-compare-drop")),
            ] {
                if ui.button(text).clicked() {
                    out.push(cmd(AuthoringCommand::CompareChoose(choice)));
                }
            }
            if ui.button(crate::t!("workshop-compare-end")).clicked() {
                out.push(cmd(AuthoringCommand::CompareEnd));
            }
        });
    });
}
