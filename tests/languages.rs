//! Every page in the pseudo-language (accented, about 40 % longer than English) at 1,024 ×
//! 600: no button, box, field or tab is pushed past the window's right edge.

mod common;

use common::{H, app_with, settle};
use egui::vec2;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use newsmark::app::NewsmarkApp;
use newsmark::app::authoring::{AuthoringCommand, Tab};
use newsmark::app::class::{ClassCommand, ClassTab};
use newsmark::app::dialogs::FakeDialogs;
use newsmark::app::lesson::LessonCommand;
use newsmark::app::library::LibraryCommand;
use newsmark::app::state::{Command, Page};
use newsmark::i18n::Language;
use std::sync::Arc;

const WIDTH: f32 = 1024.0;

fn harness(a: NewsmarkApp) -> H {
    let mut h = Harness::builder()
        .with_size(vec2(WIDTH, 600.0))
        .with_step_dt(0.25)
        .with_max_steps(64)
        .build_ui_state(|ui, app: &mut NewsmarkApp| app.frame(ui), a);
    h.state_mut()
        .state
        .handle(Command::SetLanguage(Language::Pseudo));
    settle(&mut h);
    h
}

/// Controls whose right edge lies past the window: (role, name, right edge).
fn cut_off(h: &H) -> Vec<(String, String, f32)> {
    use egui::accesskit::Role;
    h.query_all(egui_kittest::kittest::By::new().predicate(|n| {
        matches!(
            n.role(),
            Role::Button | Role::CheckBox | Role::ComboBox | Role::TextInput | Role::Tab
        )
    }))
    .filter_map(|n| {
        let r = n.rect();
        (r.max.x > WIDTH + 1.0 && r.min.x < WIDTH).then(|| {
            (
                format!("{:?}", n.accesskit_node().role()),
                n.accesskit_node().label().unwrap_or_default(),
                r.max.x,
            )
        })
    })
    .collect()
}

fn check(h: &mut H, page: &str) {
    h.run();
    let cut = cut_off(h);
    assert!(cut.is_empty(), "{page}: cut off at {WIDTH} px: {cut:?}");
}

#[test]
fn every_page_fits_1024_px_in_a_language_40_percent_longer() {
    let data = tempfile::tempdir().expect("tempdir");
    let folder = tempfile::tempdir().expect("tempdir");
    // One answer for class results.
    let seed = newsmark::service::open_lesson(&newsmark::service::LessonSource::Bundled(
        newsmark::bundled::lessons().next().expect("bundled"),
    ))
    .expect("seed");
    let mut a = newsmark::model::annotation::Answer::new(
        &seed.lesson.text,
        Some("001_peace-talks.md".into()),
    );
    a.student = Some("Ana".into());
    std::fs::write(
        folder.path().join("Ana.json"),
        newsmark::store::to_json(&a).expect("json"),
    )
    .expect("write");
    let dialogs = Arc::new(FakeDialogs::new().then(Some(folder.path().to_path_buf())));
    let mut h = harness(app_with(data.path(), dialogs));
    assert!(
        h.query_all_by_label_contains("ë").next().is_some(),
        "the pseudo-language is on"
    );
    check(&mut h, "library");
    // The lesson, reading and after checking.
    h.state_mut()
        .state
        .handle(Command::Library(LibraryCommand::Open(
            "bundled:001_peace-talks.md".into(),
        )));
    settle(&mut h);
    assert!(matches!(h.state().state.page, Page::Lesson(_)));
    check(&mut h, "lesson");
    h.state_mut()
        .state
        .handle(Command::Lesson(LessonCommand::HandIn(true)));
    check(&mut h, "hand-in dialog");
    h.state_mut()
        .state
        .handle(Command::Lesson(LessonCommand::HandIn(false)));
    h.state_mut()
        .state
        .handle(Command::Lesson(LessonCommand::Check));
    settle(&mut h);
    check(&mut h, "feedback");
    h.state_mut().state.handle(Command::ToggleHelp);
    check(&mut h, "help");
    h.state_mut().state.handle(Command::ToggleHelp);
    // The workshop, each tab.
    h.state_mut()
        .state
        .handle(Command::Library(LibraryCommand::Edit(
            "bundled:001_peace-talks.md".into(),
        )));
    settle(&mut h);
    for tab in [Tab::Details, Tab::Article, Tab::Key] {
        h.state_mut()
            .state
            .handle(Command::Authoring(AuthoringCommand::Tab(tab)));
        settle(&mut h);
        check(&mut h, &format!("workshop {tab:?}"));
    }
    // Class results, each tab.
    h.state_mut().state.handle(Command::ShowLibrary);
    settle(&mut h);
    h.state_mut().state.handle(Command::ShowLibrary);
    settle(&mut h);
    h.state_mut()
        .state
        .handle(Command::Library(LibraryCommand::ClassResults(
            "bundled:001_peace-talks.md".into(),
        )));
    settle(&mut h);
    assert!(
        matches!(h.state().state.page, Page::Class(_)),
        "class results"
    );
    for tab in [
        ClassTab::Students,
        ClassTab::Items,
        ClassTab::Figures,
        ClassTab::HeatMap,
        ClassTab::Roster,
    ] {
        h.state_mut()
            .state
            .handle(Command::Class(ClassCommand::Tab(tab)));
        check(&mut h, &format!("class {tab:?}"));
    }
    // The learner's pages.
    h.state_mut().state.handle(Command::ShowProfile);
    settle(&mut h);
    check(&mut h, "profile");
}
