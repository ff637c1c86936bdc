//! The rule table in the docs (`linebot::rules`) lists every rule the crate names, in its errors
//! and warnings, so "LINE rule V04" always leads somewhere.

const TABLE: &str = include_str!("../../src/rules.md");

/// Sources whose violations, warnings and compile errors name rule ids.
const SOURCES: &[&str] = &[
    include_str!("../../src/action.rs"),
    include_str!("../../src/lint.rs"),
    include_str!("../../src/richmenu.rs"),
    include_str!("../../src/literal.rs"),
    include_str!("../../src/message/mod.rs"),
    include_str!("../../src/message/request.rs"),
    include_str!("../../src/message/text.rs"),
    include_str!("../../src/message/template.rs"),
    include_str!("../../src/message/imagemap.rs"),
    include_str!("../../src/message/quick_reply.rs"),
    include_str!("../../src/message/coupon.rs"),
    include_str!("../../src/message/media.rs"),
    include_str!("../../src/message/location.rs"),
    include_str!("../../src/message/narrowcast.rs"),
    include_str!("../../src/message/flex/check.rs"),
    include_str!("../../src/message/flex/builder.rs"),
    include_str!("../../src/limits.rs"),
];

fn has_row(id: &str) -> bool {
    TABLE.lines().any(|l| l.starts_with(&format!("| {id} |")))
}

#[test]
fn every_rule_has_a_row() {
    for n in 1..=24 {
        assert!(has_row(&format!("C{n:02}")), "C{n:02}");
    }
    for n in 1..=45 {
        assert!(has_row(&format!("V{n:02}")), "V{n:02}");
    }
}

#[test]
fn every_id_the_crate_names_is_in_the_table() {
    let mut named = Vec::new();
    for src in SOURCES {
        for (i, _) in src.match_indices("rule") {
            // `rule("V04"`, `LINE rule C07`, `rules C13-C15`, `(C22, V04)`: any id after "rule".
            let tail = &src[i..src.len().min(i + 24)];
            for word in tail.split(|c: char| !c.is_ascii_alphanumeric()) {
                let b = word.as_bytes();
                if b.len() == 3
                    && (b[0] == b'C' || b[0] == b'V')
                    && b[1..].iter().all(u8::is_ascii_digit)
                {
                    named.push(word.to_owned());
                }
            }
        }
    }
    assert!(named.len() > 50, "the scan found the ids: {named:?}");
    for id in named {
        assert!(
            has_row(&id),
            "{id} is named in an error but has no row in the rule table"
        );
    }
}

#[test]
fn the_table_points_users_to_line_not_to_files_they_cannot_see() {
    assert!(!TABLE.contains("shared/"));
    assert!(!TABLE.contains("R 2"));
    for line in TABLE
        .lines()
        .filter(|l| l.starts_with("| C") || l.starts_with("| V"))
    {
        assert!(
            line.contains("https://developers.line.biz/"),
            "no LINE reference link: {line}"
        );
    }
}
