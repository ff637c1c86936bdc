//! Compile errors of `#[derive(PostbackData)]` and of the string literal macros: one case per
//! error in `tests/ui/derive/`, each `.stderr` holding the message we wrote for it.

#[test]
fn derive_and_literal_errors() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/derive/*.rs");
}
