//! Sources, vague groups and continuations: who is speaking, and when no one could check.

use super::*;

#[test]
fn a_vague_group_may_name_its_place_and_state_its_mood() {
    let moods = "# rule: moods\n# label: unsupported\n# kind: vague-group\n# rationale: \"{quote}\" is a vague group.\nsay\nare furious\nhave vowed\n";
    let q = texts(
        "Residents in Whitcombe Ley say it is late. Local people are furious. Many have vowed to stay away. Residents of Little Ashcombe say no. The residents are furious.",
        &[rule(moods)],
    );
    assert_eq!(
        q,
        vec![
            "Residents in Whitcombe Ley say",
            "Local people are furious",
            "Many have vowed",
        ]
    );
}

#[test]
fn a_counted_source_is_a_source_and_a_hyphen_joins_its_words() {
    let q = texts(
        "One former chef said the pay was low. One former sous-chef, who asked not to be named, said the same.",
        &[rule(SAID)],
    );
    assert_eq!(
        q,
        vec![
            "One former chef said",
            "One former sous-chef, who asked not to be named, said",
        ]
    );
}

#[test]
fn a_vague_source_inside_an_attribution_takes_its_words() {
    let vague = "# rule: vague\n# label: unsupported\n# kind: phrase\n# rationale: \"{quote}\" is vague.\na pal of\nmy neighbour\n";
    let got = quotes(
        "A pal of Mia's said she cried. My neighbour said so. Mia said so.",
        &[rule(SAID), rule(vague)],
    );
    let labelled = |q: &str, l: Label, r: &str| (q.to_string(), l, r.to_string());
    assert_eq!(
        got,
        vec![
            labelled("A pal of Mia's said", Label::Unsupported, "vague"),
            labelled("My neighbour said", Label::Unsupported, "vague"),
            labelled("Mia said", Label::Attribution, "named"),
        ]
    );
}

#[test]
fn a_pronoun_cue_after_a_quotation_only_continues_a_named_source() {
    let r = [rule(SAID)];
    let q = texts(
        "Mayor Ruth Holt said the pool would close. \"It is a sad day,\" she said. \"We tried,\" she said in a statement.\n\n\"We will appeal,\" she said.\n\nThe vote was close.\n\n\"No,\" he said. He said it twice.",
        &r,
    );
    // Same paragraph and the next: covered by "Mayor Ruth Holt said"; where it was said is
    // news; two paragraphs on, or with no named source, the pronoun cue is the source.
    assert_eq!(
        q,
        vec![
            "Mayor Ruth Holt said",
            "she said in a statement",
            "he said",
            "He said",
        ]
    );
}

#[test]
fn a_group_with_a_short_relative_clause_in_the_present_is_vague() {
    let moods = "# rule: moods\n# label: unsupported\n# kind: vague-group\n# rationale: \"{quote}\" is a vague group.\nsay\nsaid\nare furious\n";
    let q = texts(
        "Riders who gather at the car park every Sunday say it is unfair. Families who rely on the charity are furious. Residents who packed the gallery said no. Residents, who pay for it, say no.",
        &[rule(moods)],
    );
    assert_eq!(
        q,
        vec![
            "Riders who gather at the car park every Sunday say",
            "Families who rely on the charity are furious",
        ]
    );
}

#[test]
fn a_plural_cue_needs_a_plural_source_that_is_no_pronoun() {
    let plural =
        "# rule: named\n# label: attribution\n# kind: source-verb\n# rationale: r\nsay\nbelieve\n";
    let q = texts(
        "The authors say it works. They say so. Police believe it was arson. Residents on Mill Street say no. Say goodbye to Ned.",
        &[rule(plural)],
    );
    assert_eq!(q, vec!["The authors say", "Police believe"]);
}

#[test]
fn and_joins_the_words_of_a_name() {
    let q = texts(
        "Marlcombe Fire and Rescue Service said the fire was out. Smith and Jones said so.",
        &[rule(SAID)],
    );
    assert_eq!(
        q,
        vec![
            "Marlcombe Fire and Rescue Service said",
            "Smith and Jones said"
        ]
    );
}

#[test]
fn a_record_may_say_whose_it_is_after_it() {
    let shows =
        "# rule: named\n# label: attribution\n# kind: source-verb\n# rationale: r\nshow\nshowed\n";
    let q = texts(
        "Figures from the department show a fall. Separate figures from the trade ministry showed a rise. Studies show it.",
        &[rule(shows)],
    );
    assert_eq!(
        q,
        vec![
            "Figures from the department show",
            "Separate figures from the trade ministry showed",
        ]
    );
}

#[test]
fn after_a_quotation_a_source_may_follow_its_cue_with_a_determiner() {
    let said = "# rule: named\n# label: attribution\n# kind: source-verb\n# rationale: r\nsaid\nsays\nsay\n";
    let q = texts(
        "The plan was dropped. \"We will appeal,\" said the council. \"It is late,\" says the 58-year-old school administrator from Pellingham. The board said the plan was late and the town said so. Mr Ashdown would say only that it was late.",
        &[rule(said)],
    );
    assert_eq!(
        q,
        vec![
            "said the council",
            "says the 58-year-old school administrator from Pellingham",
            "The board said",
            "the town said",
            "Mr Ashdown would say",
        ]
    );
}

#[test]
fn an_acronym_in_the_plural_is_a_group() {
    let groups = "# rule: groups\n# label: unsupported\n# kind: vague-group\n# rationale: r\nremain sceptical\n";
    let q = texts(
        "The app was launched. Many GPs remain sceptical.",
        &[rule(groups)],
    );
    assert_eq!(q, vec!["Many GPs remain sceptical"]);
}
