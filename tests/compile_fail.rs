//! Every compile-time rule (the C rows of `linebot::rules`) has one case in `tests/ui/`: a
//! program that breaks the rule, and the `.stderr` with the message we wrote for it.

#[test]
fn compile_time_rules() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}
