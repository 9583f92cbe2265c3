//! The interface's words in the reader's language, with Project Fluent
//! (`fluent-bundle`): one set of `.ftl` files per language in `assets/i18n/LANG/`,
//! compiled in. Code asks for a message by id with [`t!`](crate::t); a message missing in a
//! language falls back to English, and the tests check that none is missing.
//!
//! The language is per thread: the window's thread sets it ([`set_language`]), and
//! background work started from it carries it along (see `app::jobs`). The command line
//! never sets it and speaks English. Pure: no I/O, no egui.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::cell::Cell;
use std::collections::HashMap;
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/translations.rs"));

/// A language of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Language {
    /// English (the fallback).
    #[default]
    English,
    /// Español.
    Spanish,
    /// Français.
    French,
    /// Deutsch.
    German,
    /// Українська.
    Ukrainian,
    /// A test language: English with accents and about 40% longer, to show what does not
    /// fit or is not translated.
    Pseudo,
}

impl Language {
    /// The languages offered in the language menu (the pseudo-language is for tests).
    pub const OFFERED: [Language; 5] = [
        Language::English,
        Language::Spanish,
        Language::French,
        Language::German,
        Language::Ukrainian,
    ];

    /// Its code: `en`, `es`, `fr`, `de`, `uk` (`en-XA` for the pseudo-language).
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Spanish => "es",
            Language::French => "fr",
            Language::German => "de",
            Language::Ukrainian => "uk",
            Language::Pseudo => "en-XA",
        }
    }

    /// Its name in itself ("Español").
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Spanish => "Español",
            Language::French => "Français",
            Language::German => "Deutsch",
            Language::Ukrainian => "Українська",
            Language::Pseudo => "Ƥşęūđō",
        }
    }

    /// The language a code or locale names (`es`, `es_MX.UTF-8`, `uk-UA`), if offered.
    pub fn from_code(code: &str) -> Option<Language> {
        let lower = code.trim().to_ascii_lowercase();
        if lower == "en-xa" || lower == "pseudo" {
            return Some(Language::Pseudo);
        }
        let primary = lower.split(['_', '-', '.', '@']).next().unwrap_or("");
        match primary {
            "en" => Some(Language::English),
            "es" => Some(Language::Spanish),
            "fr" => Some(Language::French),
            "de" => Some(Language::German),
            "uk" => Some(Language::Ukrainian),
            _ => None,
        }
    }

    /// The language whose files hold its messages (the pseudo-language transforms English).
    fn files(self) -> &'static str {
        match self {
            Language::Pseudo => "en",
            l => l.code(),
        }
    }

    /// Decimal comma ("0,82") rather than point.
    pub fn decimal_comma(self) -> bool {
        matches!(
            self,
            Language::Spanish | Language::French | Language::German | Language::Ukrainian
        )
    }
}

/// The desktop's language, from the environment as gettext reads it: `LANGUAGE` (a
/// colon-separated list, first offered wins), then `LC_ALL`, `LC_MESSAGES`, `LANG`; else
/// what the operating system reports (`sys-locale`); else English. `C` and `POSIX` mean
/// English. `get` reads one variable (the environment in the app, a map in tests).
pub fn desktop_language(get: impl Fn(&str) -> Option<String>) -> Language {
    if let Some(list) = get("LANGUAGE").filter(|v| !v.is_empty())
        && let Some(l) = list.split(':').find_map(Language::from_code)
    {
        return l;
    }
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(v) = get(var).filter(|v| !v.is_empty()) {
            // The first variable that is set decides, as in gettext.
            return Language::from_code(&v).unwrap_or_default();
        }
    }
    sys_locale::get_locale()
        .and_then(|l| Language::from_code(&l))
        .unwrap_or_default()
}

thread_local! {
    static CURRENT: Cell<Language> = const { Cell::new(Language::English) };
}

/// Speak `lang` on this thread from now on.
pub fn set_language(lang: Language) {
    CURRENT.with(|c| c.set(lang));
}

/// The language this thread speaks.
pub fn language() -> Language {
    CURRENT.with(Cell::get)
}

/// A value for a message's variable: text, or a number (which also picks plural forms).
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Text, shown as it is.
    Text(String),
    /// A number, shown the local way.
    Number(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}
impl From<std::borrow::Cow<'_, str>> for Arg {
    fn from(s: std::borrow::Cow<'_, str>) -> Arg {
        Arg::Text(s.into_owned())
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
            fn from(n: $t) -> Arg {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(usize, u8, u16, u32, u64, i32, i64, f32, f64);

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static HashMap<Language, Bundle> {
    static BUNDLES: OnceLock<HashMap<Language, Bundle>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        let mut all = Language::OFFERED.to_vec();
        all.push(Language::Pseudo);
        all.into_iter().map(|l| (l, bundle(l))).collect()
    })
}

fn bundle(lang: Language) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.files().parse().unwrap_or_default();
    let mut b = FluentBundle::new_concurrent(vec![id]);
    // egui draws the bidi isolation marks Fluent puts around variables as boxes.
    b.set_use_isolating(false);
    b.set_formatter(Some(if lang.decimal_comma() {
        format_comma
    } else {
        format_point
    }));
    if lang == Language::Pseudo {
        b.set_transform(Some(pseudo));
    }
    for (l, _, text) in FILES {
        if *l == lang.files() {
            // A file that does not parse still gives its good messages; the tests report
            // the errors.
            let r = match FluentResource::try_new((*text).to_string()) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            let _ = b.add_resource(r);
        }
    }
    b
}

fn format_point<M>(v: &FluentValue, _: &M) -> Option<String> {
    match v {
        FluentValue::Number(n) => Some(number_text(n.value, fraction_digits(n), false)),
        _ => None,
    }
}

fn format_comma<M>(v: &FluentValue, _: &M) -> Option<String> {
    match v {
        FluentValue::Number(n) => Some(number_text(n.value, fraction_digits(n), true)),
        _ => None,
    }
}

fn fraction_digits(n: &fluent_bundle::types::FluentNumber) -> usize {
    n.options
        .minimum_fraction_digits
        .or(n.options.maximum_fraction_digits)
        .unwrap_or(if n.value.fract() == 0.0 { 0 } else { 2 })
}

/// A number the local way: `digits` after the decimal point or comma, thousands grouped
/// from 10,000 up (a comma in English, a no-break space elsewhere).
pub fn number_text(value: f64, digits: usize, comma: bool) -> String {
    let s = format!("{value:.digits$}");
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (s, None),
    };
    let (sign, digits_only) = match int.strip_prefix('-') {
        Some(d) => ("-", d.to_string()),
        None => ("", int),
    };
    let grouped = if digits_only.len() > 4 {
        let sep = if comma { '\u{a0}' } else { ',' };
        let mut out = String::new();
        for (i, ch) in digits_only.chars().enumerate() {
            if i > 0 && (digits_only.len() - i) % 3 == 0 {
                out.push(sep);
            }
            out.push(ch);
        }
        out
    } else {
        digits_only
    };
    match frac {
        Some(f) => format!("{sign}{grouped}{}{f}", if comma { ',' } else { '.' }),
        None => format!("{sign}{grouped}"),
    }
}

/// A number with `digits` decimals in this thread's language ("0.82", "0,82").
pub fn decimal(value: f64, digits: usize) -> String {
    number_text(value, digits, language().decimal_comma())
}

/// The pseudo-language: accented letters and about 40% more length, in brackets, so text
/// that is not translated or does not fit stands out.
fn pseudo(s: &str) -> std::borrow::Cow<'_, str> {
    let mut out = String::with_capacity(s.len() * 2);
    out.push('[');
    let mut letters = 0usize;
    for c in s.chars() {
        let a = match c {
            'a' => 'á',
            'e' => 'ë',
            'i' => 'ï',
            'o' => 'ö',
            'u' => 'ü',
            'c' => 'ç',
            'n' => 'ñ',
            'A' => 'Å',
            'E' => 'É',
            'I' => 'Î',
            'O' => 'Ø',
            'U' => 'Û',
            'C' => 'Ç',
            'N' => 'Ñ',
            other => other,
        };
        out.push(a);
        if c.is_alphabetic() {
            letters += 1;
            // Every third letter once more, and every fifth twice: about 40% longer.
            if letters.is_multiple_of(3) {
                out.push(a);
            }
            if letters.is_multiple_of(5) {
                out.push(a);
            }
        }
    }
    out.push(']');
    std::borrow::Cow::Owned(out)
}

/// The message `id` with its variables, in this thread's language (English when the
/// language lacks it; the id itself when English lacks it too, which the tests forbid).
pub fn message(id: &str, args: &[(&str, Arg)]) -> String {
    let lang = language();
    let all = bundles();
    let english = all.get(&Language::English);
    let chosen = all.get(&lang);
    for b in [chosen, english].into_iter().flatten() {
        if let Some(text) = format(b, id, args) {
            return text;
        }
    }
    id.to_string()
}

fn format(b: &Bundle, id: &str, args: &[(&str, Arg)]) -> Option<String> {
    let (msg_id, attr) = match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    };
    let msg = b.get_message(msg_id)?;
    let pattern = match attr {
        Some(a) => msg.get_attribute(a)?.value(),
        None => msg.value()?,
    };
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        match v {
            Arg::Text(s) => fargs.set(*k, FluentValue::from(s.clone())),
            Arg::Number(n) => fargs.set(*k, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    let text = b.format_pattern(pattern, (!args.is_empty()).then_some(&fargs), &mut errors);
    Some(text.into_owned())
}

/// Every message id of a language, with the variables its text uses (for the tests that
/// keep translations complete).
pub fn catalogue(lang: Language) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    for (l, _, text) in FILES {
        if *l != lang.files() {
            continue;
        }
        let r = match FluentResource::try_new((*text).to_string()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        for entry in r.entries() {
            if let fluent_syntax_ast::Entry::Message(m) = entry {
                let mut vars = Vec::new();
                if let Some(p) = &m.value {
                    variables(p, &mut vars);
                }
                for a in &m.attributes {
                    variables(&a.value, &mut vars);
                }
                vars.sort();
                vars.dedup();
                out.push((m.id.name.to_string(), vars));
            }
        }
    }
    out
}

/// Syntax errors in a language's files: (file, message).
pub fn syntax_errors(lang: Language) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (l, file, text) in FILES {
        if *l == lang.files()
            && let Err((_, errors)) = FluentResource::try_new((*text).to_string())
        {
            for e in errors {
                out.push(((*file).to_string(), format!("{e:?}")));
            }
        }
    }
    out
}

use fluent_syntax::ast as fluent_syntax_ast;

fn variables<S: AsRef<str>>(p: &fluent_syntax_ast::Pattern<S>, out: &mut Vec<String>) {
    use fluent_syntax_ast::{Expression, InlineExpression, PatternElement};
    fn inline<S: AsRef<str>>(e: &InlineExpression<S>, out: &mut Vec<String>) {
        match e {
            InlineExpression::VariableReference { id } => out.push(id.name.as_ref().to_string()),
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, out);
                }
            }
            InlineExpression::Placeable { expression } => expression_vars(expression, out),
            _ => {}
        }
    }
    fn expression_vars<S: AsRef<str>>(e: &Expression<S>, out: &mut Vec<String>) {
        match e {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    variables(&v.value, out);
                }
            }
        }
    }
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

/// The message `id` in this thread's language, e.g. the id `label-opinion` alone, or an id
/// with its variables (`score = 62, found = 9`).
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::message($id, &[])
    };
    ($id:literal, $($k:ident = $v:expr),+ $(,)?) => {
        $crate::i18n::message($id, &[$((stringify!($k), $crate::i18n::Arg::from($v))),+])
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_desktop_language_follows_gettexts_order() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| (*v).to_string())
            }
        };
        assert_eq!(
            desktop_language(env(&[("LANGUAGE", "pt:es"), ("LANG", "de_DE.UTF-8")])),
            Language::Spanish
        );
        assert_eq!(
            desktop_language(env(&[("LC_ALL", "uk_UA.UTF-8"), ("LANG", "fr_FR.UTF-8")])),
            Language::Ukrainian
        );
        assert_eq!(
            desktop_language(env(&[("LC_MESSAGES", "fr_CA"), ("LANG", "de_DE")])),
            Language::French
        );
        assert_eq!(
            desktop_language(env(&[("LANG", "de_AT.UTF-8")])),
            Language::German
        );
        assert_eq!(desktop_language(env(&[("LANG", "C")])), Language::English);
        assert_eq!(
            desktop_language(env(&[("LANG", "ja_JP.UTF-8")])),
            Language::English
        );
    }

    #[test]
    fn numbers_are_shown_the_local_way() {
        assert_eq!(number_text(0.8234, 2, false), "0.82");
        assert_eq!(number_text(0.8234, 2, true), "0,82");
        assert_eq!(number_text(12345.0, 0, false), "12,345");
        assert_eq!(number_text(12345.5, 1, true), "12\u{a0}345,5");
        assert_eq!(number_text(1000.0, 0, true), "1000");
        assert_eq!(number_text(-3.5, 1, true), "-3,5");
    }

    #[test]
    fn the_language_is_per_thread_and_falls_back_to_english() {
        set_language(Language::Spanish);
        assert_eq!(language(), Language::Spanish);
        let other = std::thread::spawn(language).join().expect("thread");
        assert_eq!(other, Language::English);
        assert_eq!(message("no-such-message-id", &[]), "no-such-message-id");
        set_language(Language::English);
    }

    #[test]
    fn the_pseudo_language_is_accented_and_longer() {
        let p = pseudo("Check my answers");
        assert!(p.chars().count() as f64 >= "Check my answers".len() as f64 * 1.3);
        assert!(p.contains('ë'));
    }
}
