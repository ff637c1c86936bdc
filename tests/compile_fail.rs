//! Every compile-time rule (LINE-RULES.md, "C" rows) has one case in `tests/ui/`: a program that
//! breaks the rule, and the `.stderr` with the message we wrote for it.

#[test]
fn compile_time_rules() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}
