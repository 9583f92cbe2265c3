//! Which language's word lists a lesson without a language line gets: guessed from its
//! most common short words, or from its alphabet.

/// The language of a text as two letters ("en", "es", "fr", "de", "uk"), from its most
/// common short words, or its alphabet; "en" when unsure.
pub fn detect_language(text: &str) -> &'static str {
    // Words common in one language and rare in the others ("la" and "que" are both Spanish
    // and French, so they are left out of both).
    const ES: &[&str] = &[
        "el", "los", "las", "y", "del", "por", "con", "una", "según", "dijo", "es",
    ];
    const FR: &[&str] = &[
        "le", "les", "et", "des", "du", "est", "une", "pour", "selon", "dans", "sur", "au",
    ];
    const EN: &[&str] = &[
        "the", "and", "of", "to", "that", "is", "for", "with", "said", "was", "on",
    ];
    const DE: &[&str] = &[
        "der", "die", "das", "und", "ist", "nicht", "mit", "sich", "auf", "für", "dem", "den",
        "sagte", "laut",
    ];
    // Letters only Ukrainian has among the Cyrillic alphabets (і, ї, є, ґ).
    let (mut cyrillic, mut ukrainian, mut letters) = (0usize, 0usize, 0usize);
    for c in text.chars().take(20_000).filter(|c| c.is_alphabetic()) {
        letters += 1;
        if ('\u{0400}'..='\u{04FF}').contains(&c) {
            cyrillic += 1;
            ukrainian += usize::from(matches!(c, 'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є' | 'Ґ'));
        }
    }
    if cyrillic * 2 > letters {
        // Russian and others have no word lists: English rules would be no better.
        return if ukrainian > 0 { "uk" } else { "en" };
    }
    let (mut es, mut fr, mut en, mut de) = (0usize, 0usize, 0usize, 0usize);
    for w in text.split(|c: char| !c.is_alphabetic()).take(5000) {
        let w = w.to_lowercase();
        es += usize::from(ES.contains(&w.as_str()));
        fr += usize::from(FR.contains(&w.as_str()));
        en += usize::from(EN.contains(&w.as_str()));
        de += usize::from(DE.contains(&w.as_str()));
    }
    let best = en.max(es).max(fr).max(de);
    if best == en {
        "en"
    } else if best == es {
        "es"
    } else if best == fr {
        "fr"
    } else {
        "de"
    }
}
