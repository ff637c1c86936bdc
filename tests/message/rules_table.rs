//! The rule table in the docs (`linebot::rules`) lists every rule the crate names, in its errors
//! and warnings, so "LINE rule V04" always leads somewhere.

const TABLE: &str = include_str!("../../src/rules.md");

/// Every Rust source of the crate: its violations, warnings and compile errors name rule ids.
fn sources() -> Vec<(std::path::PathBuf, String)> {
    fn walk(dir: &std::path::Path, out: &mut Vec<(std::path::PathBuf, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                out.push((path, text));
            }
        }
    }
    let mut out = Vec::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut out,
    );
    out
}

fn has_row(id: &str) -> bool {
    TABLE.lines().any(|l| l.starts_with(&format!("| {id} |")))
}

#[test]
fn every_rule_has_a_row() {
    for n in 1..=24 {
        assert!(has_row(&format!("C{n:02}")), "C{n:02}");
    }
    for n in 1..=46 {
        assert!(has_row(&format!("V{n:02}")), "V{n:02}");
    }
}

#[test]
fn every_id_the_crate_names_is_in_the_table() {
    let mut named = Vec::new();
    for (file, src) in sources() {
        for (i, _) in src.match_indices("rule") {
            // `rule("V04"`, `LINE rule C07`, `rules C13-C15`, `(C22, V04)`: any id after "rule".
            let tail = &src[i..src.len().min(i + 24)];
            for word in tail.split(|c: char| !c.is_ascii_alphanumeric()) {
                let b = word.as_bytes();
                if b.len() == 3
                    && (b[0] == b'C' || b[0] == b'V')
                    && b[1..].iter().all(u8::is_ascii_digit)
                {
                    named.push((word.to_owned(), file.clone()));
                }
            }
        }
    }
    assert!(named.len() > 50, "the scan found the ids: {named:?}");
    for (id, file) in named {
        assert!(
            has_row(&id),
            "{id} is named in {} but has no row in the rule table",
            file.display()
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
