//! The README's console transcripts are real: each `$ outsource …` block runs and
//! its output must match. Regenerate with `TRYCMD=overwrite cargo test --test cli readme`.

#[test]
fn readme_transcripts() {
    let cases = trycmd::TestCases::new();
    for (name, value) in crate::common::neutral_env() {
        cases.env(name, value);
    }
    cases
        .register_bin("outsource", trycmd::cargo::cargo_bin("outsource"))
        .case("README.md");
}
