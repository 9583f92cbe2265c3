//! HTML and text import.

use super::*;

const PAGE: &str = include_str!("../../../tests/fixtures/articles/river-park.html");

#[test]
fn a_web_page_keeps_the_article_and_drops_the_furniture() {
    let d = draft_from_bytes(PAGE.as_bytes(), ArticleKind::Html).unwrap();
    assert_eq!(d.meta.title, "Council approves river park");
    let src = d.meta.source.clone().unwrap();
    assert_eq!(src.outlet.as_deref(), Some("The Valley Courier"));
    assert_eq!(src.author.as_deref(), Some("Mara Quint"));
    assert!(
        src.date
            .as_deref()
            .is_some_and(|x| x.starts_with("2026-05-02"))
    );
    assert_eq!(
        src.url.as_deref(),
        Some("https://example.org/news/river-park")
    );
    for kept in [
        "voted 6 to 3",
        "according to the minutes",
        "reckless",
        "Mayor Tom Lindqvist",
        "Cost: 2.1 million",
    ] {
        assert!(d.body.contains(kept), "{kept:?} missing from:\n{}", d.body);
    }
    for dropped in [
        "cookies",
        "Buy shoes",
        "Share on",
        "newsletter",
        "Most read",
        "All rights",
        "tracking",
        "color: red",
        "Sport",
    ] {
        assert!(
            !d.body.contains(dropped),
            "{dropped:?} kept in:\n{}",
            d.body
        );
    }
    // Links are text, emphasis and quotes survive as Markdown.
    assert!(!d.body.contains("https://"), "{}", d.body);
    let lesson = d.lesson().unwrap();
    assert!(
        lesson
            .text
            .as_str()
            .contains("according to the minutes of the meeting")
    );
    assert!(lesson.doc.blocks.iter().any(|b| b.quote_depth > 0));
    // The lesson file it writes reads back with the same details.
    let md = d.to_markdown().unwrap();
    let again = Lesson::parse(&md, LessonFormat::Markdown, "x").unwrap();
    assert_eq!(again.meta, d.meta);
}

#[test]
fn a_page_without_an_article_is_refused() {
    let page = "<html><head><title>Home</title></head><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav><footer>© 2026</footer></body></html>";
    assert!(matches!(
        draft_from_bytes(page.as_bytes(), ArticleKind::Html),
        Err(ImportError::NoArticle)
    ));
}

#[test]
fn a_non_utf8_page_is_decoded_by_its_declared_charset() {
    let page = PAGE
        .replace("charset=\"utf-8\"", "charset=\"iso-8859-1\"")
        .replace("Ida Berg", "Inés Bergström");
    let (bytes, _, bad) = encoding_rs::WINDOWS_1252.encode(&page);
    assert!(!bad);
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "the test page is not UTF-8"
    );
    let d = draft_from_bytes(&bytes, ArticleKind::Html).unwrap();
    assert!(d.body.contains("Inés Bergström"), "{}", d.body);
}

#[test]
fn empty_and_binary_files_are_refused() {
    assert!(matches!(
        draft_from_bytes(b"  \n\t ", ArticleKind::Plain),
        Err(ImportError::Empty)
    ));
    assert!(matches!(
        draft_from_bytes(b"PK\x03\x04\x00\x00binary", ArticleKind::Plain),
        Err(ImportError::Binary)
    ));
    assert!(matches!(
        draft_from_bytes(b"", ArticleKind::Html),
        Err(ImportError::Empty)
    ));
}

#[test]
fn pasted_text_takes_its_first_line_as_the_title() {
    let d = draft_from_text("Storm closes ferry\r\n\r\nThe ferry stopped running on Friday, the port said.\nMore wind is expected.", ArticleKind::Plain).unwrap();
    assert_eq!(d.meta.title, "Storm closes ferry");
    let l = d.lesson().unwrap();
    assert_eq!(
        l.text.as_str(),
        "The ferry stopped running on Friday, the port said.\nMore wind is expected."
    );
}

#[test]
fn a_markdown_lesson_keeps_its_front_matter() {
    let src = "+++\ntitle = \"Kept\"\nlevel = 2\n+++\n\nBody *text* here.\n";
    let d = draft_from_text(src, ArticleKind::Markdown).unwrap();
    assert_eq!(d.meta.title, "Kept");
    assert_eq!(d.meta.level, Some(2));
    assert_eq!(d.body, "Body *text* here.");
}

#[test]
fn imported_details_need_no_fixing() {
    assert_eq!(calendar_date("2025-10-08T21:40:00+01:00"), "2025-10-08");
    assert_eq!(calendar_date("October 2025"), "October 2025");
    assert!(is_byline("By Jane Smith", Some("Jane Smith")));
    assert!(is_byline("Jane Smith", Some("Jane Smith")));
    assert!(is_byline("by Ana Ruiz", None));
    assert!(!is_byline(
        "The council voted to close the pool for a year of repairs.",
        Some("Jane Smith")
    ));
    // A short Japanese article: no spaces, but plenty of text.
    let ja = "市議会は月曜日、市立プールを一年間閉鎖することを決めた。市長によると、建物は老朽化しており、修理が必要だという。反対派は決定が急すぎると批判している。";
    assert!(ja.split_whitespace().count() < 20);
    assert!(long_enough(ja));
    assert!(!long_enough("Too short."));
}

#[test]
fn a_short_japanese_page_is_an_article() {
    let html = "<html><head><title>プール閉鎖</title></head><body><article><h1>プール閉鎖</h1><p>市議会は月曜日、市立プールを一年間閉鎖することを決めた。市長によると、建物は老朽化しており、修理が必要だという。</p><p>反対派は決定が急すぎると批判している。利用者の多くは近くの町のプールに通うことになる。</p></article></body></html>";
    let d = draft_from_html(html).expect("an article");
    assert!(d.body.contains("市議会"));
}
