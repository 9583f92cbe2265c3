//! Shared by the GUI test files: the app in a headless harness, and waiting for its
//! background work.
#![allow(dead_code)]

use egui::vec2;
use egui_kittest::Harness;
use newsmark::app::NewsmarkApp;
use newsmark::app::dialogs::{Dialogs, NoDialogs};
use newsmark::app::state::{AppState, Role, Settings};
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

pub type H = Harness<'static, NewsmarkApp>;

/// The app on a data folder, in teacher mode (every tool shown).
pub fn app_with(dir: &Path, dialogs: Arc<dyn Dialogs>) -> NewsmarkApp {
    app_as(dir, dialogs, Some(Role::Teacher))
}

/// The app on a data folder in a mode (`None`: the first start, not chosen yet).
pub fn app_as(dir: &Path, dialogs: Arc<dyn Dialogs>, role: Option<Role>) -> NewsmarkApp {
    NewsmarkApp::new(AppState::new(
        Settings {
            role,
            // The tests read English, whatever the machine's locale.
            language: Some("en".into()),
            ..Settings::default()
        },
        Some(dir.to_path_buf()),
        dialogs,
    ))
}

pub fn app(dir: &Path) -> NewsmarkApp {
    app_with(dir, Arc::new(NoDialogs))
}

pub fn harness(a: NewsmarkApp) -> H {
    harness_dt(a, 0.25)
}

/// A harness whose frames are `dt` seconds apart (two clicks make a double click only
/// when they come within 0.3 s).
pub fn harness_dt(a: NewsmarkApp, dt: f32) -> H {
    let mut h = Harness::builder()
        .with_size(vec2(1200.0, 800.0))
        .with_step_dt(dt)
        .with_max_steps(64)
        .build_ui_state(|ui, app: &mut NewsmarkApp| app.frame(ui), a);
    settle(&mut h);
    h
}

/// Run frames until background work has finished and the article is laid out.
pub fn settle(h: &mut H) {
    let until = Instant::now() + Duration::from_secs(60);
    loop {
        // Step, not run: a spinner repaints for as long as work is going on.
        h.step();
        let busy = h.state().state.busy();
        let pending = h.state().views.article.pending() > 0;
        if !busy && !pending {
            h.run();
            return;
        }
        assert!(Instant::now() < until, "background work did not finish");
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// The messages shown, oldest first.
pub fn messages(h: &H) -> Vec<String> {
    h.state()
        .state
        .shared
        .messages
        .all()
        .iter()
        .map(|m| m.text.clone())
        .collect()
}

/// The names in a folder, sorted.
pub fn files_in(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}
