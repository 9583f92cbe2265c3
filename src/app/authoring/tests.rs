use super::*;
use crate::app::dialogs::NoDialogs;
use crate::app::shared::Settings;
use std::sync::Arc;

fn workshop(body: &str) -> (AuthoringPage, Shared) {
    let sh = Shared::start(Settings::default(), None, Arc::new(NoDialogs));
    let draft = Draft {
        meta: LessonMeta {
            title: "Ferry".into(),
            ..LessonMeta::default()
        },
        body: body.into(),
    };
    let mut p = AuthoringPage::from_workshop(load::from_draft(draft).expect("a workshop"), 1);
    p.tab = Tab::Article;
    (p, sh)
}

#[test]
fn a_key_in_the_markdown_does_not_read_the_article_again_until_typing_pauses() {
    let (mut p, mut sh) = workshop("The ferry runs again.");
    let rev = p.preview_rev;
    p.handle(
        AuthoringCommand::SetBody("The ferry runs again.\n\nCritics say".into()),
        &mut sh,
    );
    assert!(p.dirty && p.body_changed && p.preview_stale);
    assert_eq!(p.preview_rev, rev, "not read on the key");
    assert!(!p.preview.text.as_str().contains("Critics"));
    // The pause: the Article tab asks for itself again.
    p.handle(AuthoringCommand::Tab(Tab::Article), &mut sh);
    assert!(!p.preview_stale);
    assert_eq!(p.preview_rev, rev + 1);
    assert!(p.preview.text.as_str().contains("Critics say"));
    // Asking again reads nothing more.
    p.handle(AuthoringCommand::Tab(Tab::Article), &mut sh);
    assert_eq!(p.preview_rev, rev + 1);
}

#[test]
fn applying_or_leaving_the_article_brings_the_preview_up_to_date() {
    let (mut p, mut sh) = workshop("The ferry runs again.");
    p.handle(
        AuthoringCommand::SetBody("The ferry is late.".into()),
        &mut sh,
    );
    p.handle(AuthoringCommand::ApplyArticle, &mut sh);
    assert!(!p.preview_stale && !p.body_changed);
    assert!(p.preview.text.as_str().contains("late"));
    assert!(p.lesson.text.as_str().contains("late"));
    p.handle(
        AuthoringCommand::SetBody("The ferry is early.".into()),
        &mut sh,
    );
    p.handle(AuthoringCommand::Tab(Tab::Key), &mut sh);
    assert!(!p.preview_stale);
    assert!(p.preview.text.as_str().contains("early"));
    // Markdown that cannot be read is told; the preview keeps the last readable version.
    p.handle(AuthoringCommand::Tab(Tab::Article), &mut sh);
    p.handle(AuthoringCommand::SetBody(" \n ".into()), &mut sh);
    assert!(p.body_error.is_none(), "not read yet");
    p.handle(AuthoringCommand::Tab(Tab::Article), &mut sh);
    assert!(p.body_error.is_some(), "{:?}", p.preview.text.as_str());
    assert!(p.preview.text.as_str().contains("early"));
}
