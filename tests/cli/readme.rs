//! The README's console transcripts are real: each `$ outsource …` block runs and
//! its output must match. Regenerate with `TRYCMD=overwrite cargo test --test cli readme`.

#[test]
fn readme_transcripts() {
    trycmd::TestCases::new()
        .env("LANG", "C")
        .env("LC_ALL", "C")
        .env("NO_COLOR", "1")
        .register_bin("outsource", trycmd::cargo::cargo_bin("outsource"))
        .case("README.md");
}
