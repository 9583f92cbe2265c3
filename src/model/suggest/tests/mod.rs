//! Tests of the rule engine on small inline rules; the shipped word lists are tested in
//! `tests/suggest.rs`.

use super::*;
use crate::model::scoring::KeySpan;

fn rule(text: &str) -> Rule {
    parse_rule(text).unwrap()
}

fn quotes(text: &str, rules: &[Rule]) -> Vec<(String, Label, String)> {
    suggest(&TextIndex::new(text), rules)
        .into_iter()
        .map(|s| (s.quote, s.label, s.rule))
        .collect()
}

/// The quoted words of the suggestions.
fn texts(text: &str, rules: &[Rule]) -> Vec<String> {
    quotes(text, rules).into_iter().map(|q| q.0).collect()
}

const VAGUE: &str = "# rule: vague\n# label: unsupported\n# kind: phrase\n# rationale: \"{quote}\" names nobody.\ncritics say\nit is believed\n";
const SAID: &str = "# rule: named\n# label: attribution\n# kind: source-verb\n# rationale: A source and a verb.\nsaid\ntold reporters\ndijo\n";
const ACC: &str = "# rule: acc\n# label: attribution\n# kind: according-to\n# rationale: A cue and a source.\naccording to\nsegún\n";

#[test]
fn phrases_match_whole_words_case_insensitively_and_fill_the_template() {
    let r = rule(VAGUE);
    let s = suggest(
        &TextIndex::new("Critics say it failed. Critics, say no."),
        &[r],
    );
    assert_eq!(s.len(), 1);
    assert_eq!((s[0].start, s[0].end), (0, 11));
    assert_eq!(s[0].rationale, "\"Critics say\" names nobody.");
    // Near misses: punctuation between the words, a longer word.
    assert!(quotes("The critics sayings were odd.", &[rule(VAGUE)]).is_empty());
}

#[test]
fn source_verb_finds_names_pronouns_and_determiners() {
    let r = [rule(SAID)];
    let got = quotes(
        "Vice President J.D. Vance said talks stalled. He said no. The ministry said so. \"Fine,\" said Mayor Ruth Adeyemi. Yesterday officials told reporters nothing.",
        &r,
    );
    let q: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    // "officials" needs no determiner: it stands for a known body. "Yesterday" is no
    // part of the source.
    assert_eq!(
        q,
        vec![
            "Vice President J.D. Vance said",
            "He said",
            "The ministry said",
            "said Mayor Ruth Adeyemi",
            "officials told reporters",
        ]
    );
}

#[test]
fn a_verb_without_a_source_is_no_suggestion() {
    // "said" after a comma and with a lowercase non-source before it.
    assert!(quotes("The plan, said to cost more, failed.", &[rule(SAID)]).is_empty());
    // A cue that describes a noun: after a determiner or after another past tense.
    let cues = rule(
        "# rule: cues\n# label: attribution\n# kind: source-verb\n# rationale: r\nestimated\nrepeated\nadded\n",
    );
    assert_eq!(
        texts(
            "The garage needs an estimated sum. The board ignored repeated warnings. Fred added more. The board repeated it.",
            &[cues],
        ),
        vec!["Fred added", "The board repeated"]
    );
}

#[test]
fn according_to_takes_the_source_up_to_punctuation() {
    let got = quotes(
        "Traffic rose, according to the city's transport department. Según el ayuntamiento, no.",
        &[rule(ACC)],
    );
    assert_eq!(got[0].0, "according to the city's transport department");
    assert_eq!(got[1].0, "Según el ayuntamiento");
    // An initial's or a title's full stop is no end: "J.D. Vance", "Dr. Marsh"; a
    // sentence's is.
    let got = texts(
        "It stalled, according to US Vice President J.D. Vance. It ended, according to Dr. Ruth Marsh. It rose, according to the BBC. The vote was close.",
        &[rule(ACC)],
    );
    assert_eq!(
        got,
        vec![
            "according to US Vice President J.D. Vance",
            "according to Dr. Ruth Marsh",
            "according to the BBC",
        ]
    );
}

#[test]
fn spanish_names_keep_their_joiners() {
    let got = quotes("Ana de la Fuente dijo que sí.", &[rule(SAID)]);
    assert_eq!(got[0].0, "Ana de la Fuente dijo");
}

#[test]
fn malformed_rules_say_where() {
    let e = parse_rule("# rule: x\n# label: fact\n").unwrap_err();
    assert_eq!(e.line, 2);
    assert!(e.message.contains("unknown label"));
    let e = parse_rule(
        "# rule: x\n# label: opinion\n# kind: phrase\n# rationale: r\nword\n# kind: phrase\n",
    )
    .unwrap_err();
    assert_eq!(e.line, 6);
    let e = parse_rule("# rule: x\n# label: opinion\n# kind: phrase\nword\n").unwrap_err();
    assert!(e.message.contains("rationale"));
    let e = parse_rule("# rule: x\n# label: opinion\n# kind: regex\n").unwrap_err();
    assert!(e.message.contains("unknown kind"));
}

#[test]
fn agreement_counts_overlaps_per_label() {
    let s = suggest(&TextIndex::new("Critics say it failed."), &[rule(VAGUE)]);
    let mut key = KeySpan::numbered([
        Span::new(0, 7, Label::Unsupported),
        Span::new(12, 21, Label::Opinion),
        Span::new(0, 3, Label::Unsupported),
    ]);
    // An optional item counts for hits, not for recall.
    key[2].optional = true;
    let a = agreement(&s, &key);
    assert_eq!(
        a[Label::Unsupported.index()],
        Agreement {
            hits: 1,
            suggested: 1,
            found: 1,
            items: 1,
            exact: 0
        }
    );
    assert_eq!(a[Label::Opinion.index()].recall(), Some(0.0));
    // Cut exactly: the same start and end as a key item of the label.
    let exact = agreement(
        &s,
        &KeySpan::numbered([Span::new(0, 11, Label::Unsupported)]),
    );
    assert_eq!(exact[Label::Unsupported.index()].exact_cuts(), Some(1.0));
    assert_eq!(a[Label::Unsupported.index()].exact_cuts(), Some(0.0));
    assert_eq!(a[Label::Attribution.index()].precision(), None);
}

#[test]
fn language_is_detected_from_common_words() {
    assert_eq!(
        detect_language("El alcalde dijo que la obra es una necesidad para los vecinos."),
        "es"
    );
    assert_eq!(
        detect_language("The mayor said that the work is needed for the residents."),
        "en"
    );
    assert_eq!(
        detect_language(
            "Selon le maire, le marché du samedi est une tradition pour les habitants."
        ),
        "fr"
    );
}

#[test]
fn german_and_ukrainian_texts_are_recognised() {
    assert_eq!(
        detect_language(
            "Der Bürgermeister sagte, die Linie sei nicht mehr zu halten und das Geld fehle."
        ),
        "de"
    );
    assert_eq!(
        detect_language("Міська рада вирішила закрити басейн, заявила мерка Олена Ткачук."),
        "uk"
    );
    assert_eq!(detect_language("Мэр сказал, что бассейн закроют."), "en");
    assert_eq!(
        detect_language("The mayor said the pool would close."),
        "en"
    );
}

const GROUPS: &str = "# rule: groups\n# label: unsupported\n# kind: vague-group\n# rationale: \"{quote}\" is a vague group.\nsay\nbelieve\nfear\ndismissed\nsaid\n";
const CLAIMS: &str = "# rule: claims\n# label: unsupported\n# kind: unsourced-claim\n# rationale: \"{quote}\" has no source.\nmost\nworst\noverwhelmingly\n";
const FRAGMENTS: &str = "# rule: fragments\n# label: opinion\n# kind: quoted-fragment\n# rationale: \"{quote}\" is in quotation marks.\n";

#[test]
fn vague_groups_take_the_quantifier_the_plural_and_a_short_tail() {
    let q = texts(
        "Critics dismissed the plan. Some Fernhill families say it is late, while others fear the worst. Supporters of the deal say it pays. Many in the village believe it. Hoteliers in the region already fear the worst. Trade fell, local divers say. It is a place where staff say hello.",
        &[rule(GROUPS)],
    );
    assert_eq!(
        q,
        vec![
            "Critics dismissed",
            "Some Fernhill families say",
            "others fear",
            "Supporters of the deal say",
            "Many in the village believe",
            "Hoteliers in the region already fear",
            "local divers say",
        ]
    );
}

#[test]
fn named_determined_and_official_groups_are_no_vague_group() {
    let got = quotes(
        "Residents of Little Ashcombe say no. The district's parents say yes. Officials said so. The critics say more. Doctors at Dunmore General said it.",
        &[rule(GROUPS)],
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_vague_group_replaces_the_attribution_on_the_same_words() {
    let got = quotes(
        "Campaigners say the mast is ugly.",
        &[rule(SAID), rule(GROUPS)],
    );
    assert_eq!(
        got,
        vec![(
            "Campaigners say".to_string(),
            Label::Unsupported,
            "groups".to_string()
        )]
    );
}

#[test]
fn unsourced_claims_take_the_clause_unless_a_source_is_near() {
    let rules = [rule(SAID), rule(CLAIMS)];
    let got = quotes(
        "The report came out on Monday. Waiting times at Redmarsh are the worst in the region. The clinic, which opened in May, is among the busiest, and most patients wait a day.",
        &rules,
    );
    let q: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(
        q,
        vec![
            "Waiting times at Redmarsh are the worst in the region",
            "most patients wait a day",
        ]
    );
    // The opening sentence reports the news itself.
    assert!(quotes("Most shops closed early on Friday.", &rules).is_empty());
    // A source in the sentence covers the claim, and so does one in the sentence before
    // when this one plainly continues it ("She …"); so do quotation marks. A new subject
    // after a source is the writer's own claim.
    let sourced = texts(
        "The mayor said the roads are bad. She is overwhelmingly against the plan. \"Most of us want it,\" she said. Next came the vote.\n\nIt was the worst day. The mayor said so. Residents are overwhelmingly against it.",
        &rules,
    );
    assert_eq!(
        sourced,
        vec![
            "The mayor said",
            "It was the worst day",
            "The mayor said",
            "Residents are overwhelmingly against it"
        ]
    );
    // ", while" or ", but" sets the source's clause apart from the claim's.
    let parted = texts(
        "The vote is on Monday. Most shops have closed, while the mayor said trade was up. Most shops have closed, the mayor said. The mayor said trade was up, but most shops have closed.",
        &rules,
    );
    assert_eq!(
        parted,
        vec![
            "Most shops have closed",
            "the mayor said",
            "the mayor said",
            "The mayor said",
            "most shops have closed",
        ]
    );
}

const JUDGING: &str = "# rule: judging\n# label: opinion\n# kind: phrase\n# rationale: \"{quote}\" judges.\nheartbroken\nheart\nhands off\nbend\npercent\n";

/// The words suggested by the quoted-fragment rule, with a list of judging words beside it.
fn fragments(text: &str) -> Vec<String> {
    quotes(text, &[rule(FRAGMENTS), rule(JUDGING)])
        .into_iter()
        .filter(|g| g.2 == "fragments")
        .map(|g| g.0)
        .collect()
}

#[test]
fn quoted_fragments_are_short_phrases_not_sentences_names_or_figures() {
    let q = fragments(
        "She was \"heartbroken\" by the vote. He called it \u{201c}a new heart for downtown\u{201d}. \"We know every bend,\" she said. Fans chanted \"Hands Off Fernhill\" and \"12 percent\".",
    );
    assert_eq!(q, vec!["heartbroken", "a new heart for downtown"]);
}

#[test]
fn a_quoted_fragment_needs_a_judging_word_or_a_compound() {
    let q = fragments(
        "The club will \"review the incident\". Fans found the stewards \"heavy-handed\" and the food \"heartbroken\" fare.",
    );
    // The words only, without their quotation marks.
    assert_eq!(q, vec!["heavy-handed", "heartbroken"]);
}

const SHOW: &str = "# rule: named\n# label: attribution\n# kind: source-verb\n# rationale: A source and a verb.\nsaid\nshows\nshow\nexplained\ncriticised\nwarning\n";

#[test]
fn only_a_specific_record_shows_and_nobody_is_no_source() {
    let q = texts(
        "Council figures show a fall. The row shows no sign of ending. Polls show a tie. Nobody explained the delay. The Greens backed the bill but criticised its cost. Crime is down, although Eastvale Police figures show a rise. Yet studies show little. Forecasters issued an amber heat warning on Monday.",
        &[rule(SHOW)],
    );
    assert_eq!(
        q,
        vec!["Council figures show", "Eastvale Police figures show"]
    );
}

const INSIST: &str = "# rule: groups\n# label: unsupported\n# kind: vague-group\n# rationale: \"{quote}\" is a vague group.\ninsist\nwarned\n";

#[test]
fn partisans_stay_vague_even_when_someone_s_and_a_profession_long_warning_is_vague() {
    let got = quotes(
        "Tilley's defenders insist he did nothing wrong. Doctors have long warned about sugar. The district's parents insist on a vote.",
        &[rule(SHOW), rule(INSIST)],
    );
    assert_eq!(
        got,
        vec![
            (
                "Tilley's defenders insist".to_string(),
                Label::Unsupported,
                "groups".to_string()
            ),
            (
                "Doctors have long warned".to_string(),
                Label::Unsupported,
                "groups".to_string()
            ),
        ]
    );
}

const VERDICTS: &str = "# rule: verdicts\n# label: opinion\n# kind: unsourced-claim\n# rationale: \"{quote}\" is a view.\nshould\n";

#[test]
fn a_verdict_is_the_writer_s_unless_its_own_sentence_has_a_source() {
    let q = texts(
        "The mayor said the pool is costly. Councillors should keep it open. The mayor said they should close it.",
        &[rule(SAID), rule(VERDICTS)],
    );
    assert_eq!(
        q,
        vec![
            "The mayor said",
            "Councillors should keep it open",
            "The mayor said"
        ]
    );
}

#[test]
fn an_unnamed_source_with_a_clause_between_commas_and_no_passive_source() {
    let q = texts(
        "One council aide, speaking on condition of anonymity because she was not allowed to talk to reporters, said the vote was close. The result was said to be close. The plan has been said to work.",
        &[rule(SAID)],
    );
    assert_eq!(
        q,
        vec![
            "One council aide, speaking on condition of anonymity because she was not allowed to talk to reporters, said"
        ]
    );
}

const CUTS: &str = "# rule: named\n# label: attribution\n# kind: source-verb\n# rationale: A source and a verb.\nsaid\ntold\ndenied\n";

#[test]
fn sources_are_cut_with_their_titles_whom_they_told_and_the_medium() {
    let q = texts(
        "PEBL's founder, 26-year-old former games designer Tamsin Roke, told the Ticker the coin was fun. League organisers said 2,140 came. He told reporters afterwards he was sorry. Board member Curtis Abara, who voted against the deal, said no. A spokesperson for the trust said yes. Derek Ashworth, 71, who has lived here for years, said so. Okonjo told the Post. The club said in a short statement on Sunday that it was sorry. \"Never,\" said Rita Okonkwo-Hale. Yesterday Harris said it again. It was a claim its press office denied. Pineway owner Sandra Kolb told reporters she was angry. Second-year chemistry student Daniel Osei said it was dear. Councillor Priya Ashworth (Lab), who chairs the committee, said yes.",
        &[rule(CUTS)],
    );
    assert_eq!(
        q,
        vec![
            "Tamsin Roke, told the Ticker",
            "League organisers said",
            "He told reporters",
            "Board member Curtis Abara, who voted against the deal, said",
            "A spokesperson for the trust said",
            "Derek Ashworth, 71, who has lived here for years, said",
            "Okonjo told the Post",
            "The club said in a short statement",
            "said Rita Okonkwo-Hale",
            "Harris said",
            "its press office denied",
            "Pineway owner Sandra Kolb told reporters",
            "Second-year chemistry student Daniel Osei said",
            "Councillor Priya Ashworth (Lab), who chairs the committee, said",
        ]
    );
}

#[test]
fn a_claim_s_clause_does_not_end_at_a_comma_inside_a_figure() {
    let rules = [
        rule(CLAIMS),
        rule(
            "# rule: more\n# label: unsupported\n# kind: unsourced-claim\n# rationale: \"{quote}\".\nmore than\n",
        ),
    ];
    let got = quotes(
        "The vote is on Monday. Campaigners have gathered more than 3,000 signatures, and the hall was full.",
        &rules,
    );
    let q: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(
        q,
        vec!["Campaigners have gathered more than 3,000 signatures"]
    );
}

#[test]
fn an_according_to_source_runs_to_punctuation_or_the_next_clause() {
    let q = texts(
        "Waits rose, according to figures published on Thursday by the Northvale Health Trust. It failed according to the minutes that were read out.",
        &[rule(ACC)],
    );
    assert_eq!(
        q,
        vec![
            "according to figures published on Thursday by the Northvale Health Trust",
            "according to the minutes"
        ]
    );
}

#[test]
fn a_listed_word_counts_in_a_short_quotation_only() {
    let qp = "# rule: qp\n# label: opinion\n# kind: quoted-phrase\n# rationale: \"{quote}\" judges.\nawful\n";
    let text = "\"It was awful,\" she said. \"We met the board on Monday and went through the plans line by line, and one of them was awful for the town,\" he said. It was awful.";
    let got: Vec<usize> = suggest(&TextIndex::new(text), &[rule(qp)])
        .iter()
        .map(|s| s.start)
        .collect();
    // The short quote only: not the long one, not outside quotation marks.
    assert_eq!(got, vec![8]);
}

#[test]
fn entries_match_across_a_hyphen() {
    let words = "# rule: words\n# label: opinion\n# kind: phrase\n# rationale: \"{quote}\" judges.\nhot-headed\nmuch loved\n";
    let q = texts(
        "The hot-headed striker left the much-loved club. He was hot headed.",
        &[rule(words)],
    );
    assert_eq!(q, vec!["hot-headed", "much-loved", "hot headed"]);
}

#[test]
fn an_opinion_span_ends_before_a_trailing_preposition_but_keeps_a_particle() {
    let words = "# rule: words\n# label: opinion\n# kind: phrase\n# rationale: r\nbeating heart of\nlashed out at\ncaved in\n";
    let vague = "# rule: vague\n# label: unsupported\n# kind: phrase\n# rationale: r\nis said to\n";
    let q = texts(
        "It was the beating heart of the town. She lashed out at them and caved in. He is said to be ill.",
        &[rule(words), rule(vague)],
    );
    assert_eq!(
        q,
        vec!["beating heart", "lashed out", "caved in", "is said to"]
    );
}

#[test]
fn a_bracket_after_a_name_and_a_hyphenated_source_are_part_of_the_source() {
    let q = texts(
        "Committee chairman Cllr Derek Plumb (Con) said no. The 24-year-old said yes.",
        &[rule(SAID)],
    );
    assert_eq!(
        q,
        vec![
            "Committee chairman Cllr Derek Plumb (Con) said",
            "The 24-year-old said"
        ]
    );
}

#[test]
fn opinion_words_side_by_side_are_one_suggestion_explained_by_the_head() {
    let adverbs = "# rule: adverbs\n# label: opinion\n# kind: phrase\n# rationale: \"{quote}\" comments.\nfrankly\n";
    let words = "# rule: words\n# label: opinion\n# kind: phrase\n# rationale: \"{quote}\" judges.\nabsurd\ncold-hearted\nchancer\n";
    let got = quotes(
        "It is frankly absurd. A cold-hearted chancer. Frankly, it is absurd.",
        &[rule(adverbs), rule(words)],
    );
    let q: Vec<(&str, &str)> = got.iter().map(|g| (g.0.as_str(), g.2.as_str())).collect();
    assert_eq!(
        q,
        vec![
            ("frankly absurd", "words"),
            ("cold-hearted chancer", "words"),
            ("Frankly", "adverbs"),
            ("absurd", "words"),
        ]
    );
    let s = suggest(
        &TextIndex::new("It is frankly absurd."),
        &[rule(adverbs), rule(words)],
    );
    assert_eq!(s[0].rationale, "\"frankly absurd\" judges.");
}

#[test]
fn a_star_in_an_entry_stands_for_one_word_that_is_no_function_word() {
    let degree = "# rule: degree\n# label: opinion\n# kind: phrase\n# rationale: \"{quote}\" judges.\ntoo *\nlike a *\n";
    let q = texts(
        "It was too slow. It came too late, too. He ran like a hare. Like a Ferrari it was not. It cost too much.",
        &[rule(degree)],
    );
    assert_eq!(q, vec!["too slow", "like a hare"]);
    let err = parse_rule("# rule: x\n# label: opinion\n# kind: phrase\n# rationale: r\n* too\n")
        .unwrap_err();
    assert_eq!(err.line, 5);
    assert!(err.message.contains("must start with a word"), "{err}");
}

mod sources;
