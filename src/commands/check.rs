//! `outsource check BRIEF...`: scores briefs without a terminal, for CI.
//!
//! Briefs are read, validated, assessed and (for the human format) rendered in
//! parallel, a chunk of files at a time, then reported in the sorted order of their
//! paths; each file is parsed once. The human output streams: only one chunk of
//! briefs is in memory at a time, and the rendered text waits in an anonymous
//! temporary file until every brief is known to be valid (a brief with an error
//! still gives no output, only its diagnostics and exit 2). The other formats need
//! every brief at once and keep them.

use std::io::{Seek as _, Write};
use std::path::PathBuf;

use rayon::prelude::*;

use crate::app::{Context, Exit};
use crate::cli::{CheckArgs, CheckFormat, FailOn};
use crate::diag::{Diagnostic, SourceFile};
use crate::lang::Lang;
use crate::load::{FileKind, Loader, expand_paths_marked, file_kind, read_text};
use crate::model::brief::Brief;
use crate::model::questionnaire::{Questionnaire, Severity};
use crate::readiness::{Thresholds, assess};
use crate::render::check::{
    CheckReport, Checked, Problem, codequality, github, human, json, junit, sarif, summary,
};
use crate::tr;

/// Files handled together: enough to keep two cores busy, few enough to bound memory.
const CHUNK: usize = 256;

/// What the checks of one run share.
struct Setup<'a> {
    lang: Lang,
    questionnaires: &'a [Questionnaire],
    thresholds: Thresholds,
    fail_on: Severity,
    /// Rendering per brief (human format), or `None` to keep the briefs.
    human: Option<human::Options>,
}

/// One file after the parallel stage: its diagnostics (to write in order) and,
/// when valid, the checked brief. (`None` instead: found in a folder and not a brief.)
struct Outcome {
    /// The file, when `brief` does not hold it.
    file: Option<SourceFile>,
    diagnostics: Vec<Diagnostic>,
    brief: Option<Kept>,
}

/// What is kept of a valid brief after the parallel stage.
enum Kept {
    /// The whole checked brief, for the formats that need every brief at once.
    Whole(Box<Checked>),
    /// Its human text and whether it passed: the brief itself is dropped by the
    /// thread that built it (freeing memory on the thread that allocated it is
    /// cheaper), and only the text crosses over.
    Rendered { text: String, passed: bool },
}

pub(crate) fn run(
    ctx: &Context,
    args: &CheckArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Exit> {
    let mut loader = Loader::new(ctx.lang, err);
    let questionnaires = loader.questionnaires(ctx.questionnaires_dir.as_deref())?;
    let human = (args.format == CheckFormat::Human).then(|| human_options(ctx));
    let setup = Setup {
        lang: ctx.lang,
        questionnaires: &questionnaires,
        thresholds: args.thresholds.thresholds(),
        fail_on: match args.fail_on {
            FailOn::Blocker => Severity::Blocker,
            FailOn::Warning => Severity::Warning,
        },
        human,
    };
    let paths = expand_paths_marked(&args.briefs)?;
    match setup.human {
        Some(options) => stream_human(&setup, options, args, &paths, &mut loader, out),
        None => {
            let mut briefs = Vec::new();
            let seen = for_each_brief(&setup, &paths, &mut loader, |kept| {
                if let Kept::Whole(checked) = kept {
                    briefs.push(*checked);
                }
                Ok(())
            })?;
            // An invalid file or a path without a brief still exits 2, but after
            // a valid document (reporting the valid briefs and each problem) is
            // written: a CI artifact is never empty.
            let mut problems = seen.problems;
            let no_brief = (seen.files == 0).then(|| no_brief(args, ctx.lang));
            if let Some(message) = &no_brief {
                problems.extend(args.briefs.iter().map(|path| Problem {
                    path: path.display().to_string(),
                    position: None,
                    code: "no-brief".to_owned(),
                    message: message.clone(),
                }));
            }
            let report = CheckReport {
                briefs,
                problems,
                fail_on: setup.fail_on,
            };
            let exit = render_whole(ctx, args, report, out)?;
            loader.finish()?;
            match no_brief {
                Some(message) => Err(anyhow::anyhow!(message)),
                None => Ok(exit),
            }
        }
    }
}

/// `no brief found in a, b`: the paths given, none of which held a brief.
fn no_brief(args: &CheckArgs, lang: Lang) -> String {
    let paths: Vec<String> = args
        .briefs
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    tr!(lang, "checkci-no-brief", paths = paths.join(", "))
}

fn human_options(ctx: &Context) -> human::Options {
    human::Options {
        lang: ctx.lang,
        color: ctx.color,
        quiet: ctx.quiet,
        verbose: ctx.verbose,
    }
}

/// The human output, brief by brief, through a temporary file.
fn stream_human(
    setup: &Setup,
    options: human::Options,
    args: &CheckArgs,
    paths: &[(PathBuf, bool)],
    loader: &mut Loader,
    out: &mut dyn Write,
) -> anyhow::Result<Exit> {
    let mut spool = std::io::BufWriter::new(tempfile::tempfile()?);
    let (mut total, mut failed) = (0_usize, 0_usize);
    let seen = for_each_brief(setup, paths, loader, |kept| {
        let (text, passed) = match &kept {
            Kept::Rendered { text, passed } => (text.as_str(), *passed),
            Kept::Whole(checked) => ("", checked.passed),
        };
        if total > 0 && !options.quiet {
            spool.write_all(b"\n")?;
        }
        spool.write_all(text.as_bytes())?;
        total += 1;
        failed += usize::from(!passed);
        Ok(())
    })?;
    loader.finish()?;
    if seen.files == 0 {
        anyhow::bail!(no_brief(args, setup.lang));
    }
    if total > 1 {
        let line = tr!(
            setup.lang,
            "check-summary",
            total = total,
            passed = total - failed,
            failed = failed
        );
        writeln!(spool, "\n{line}")?;
    }
    let mut file = spool.into_inner().map_err(|e| e.into_error())?;
    file.rewind()?;
    std::io::copy(&mut file, out)?;
    Ok(if failed == 0 { Exit::Ok } else { Exit::Failed })
}

/// What [`for_each_brief`] saw besides the valid briefs.
struct Seen {
    /// Files checked as briefs, valid or not (files of other kinds found in a
    /// folder are skipped and not counted).
    files: usize,
    /// Each error of an invalid file, kept for the machine formats only.
    problems: Vec<Problem>,
}

/// Checks every file in chunks (in parallel within a chunk), writes each file's
/// diagnostics in path order, and hands each valid brief (as its human text when
/// `setup.human` asks for it) to `each`, in path order.
fn for_each_brief(
    setup: &Setup,
    paths: &[(PathBuf, bool)],
    loader: &mut Loader,
    mut each: impl FnMut(Kept) -> anyhow::Result<()>,
) -> anyhow::Result<Seen> {
    let mut seen = Seen {
        files: 0,
        problems: Vec::new(),
    };
    for chunk in paths.chunks(CHUNK) {
        let outcomes: Vec<anyhow::Result<Option<Outcome>>> = chunk
            .par_iter()
            .map(|(path, named)| check_file(setup, path, *named))
            .collect();
        for outcome in outcomes {
            let Some(Outcome {
                file,
                diagnostics,
                brief,
            }) = outcome?
            else {
                continue;
            };
            seen.files += 1;
            if !diagnostics.is_empty() {
                let file = match (&file, &brief) {
                    (Some(file), _) => Some(file),
                    (None, Some(Kept::Whole(checked))) => Some(&checked.file),
                    (None, _) => None,
                };
                if let Some(file) = file {
                    let written = loader.report_kept(file, diagnostics)?;
                    if setup.human.is_none() {
                        seen.problems.extend(
                            written
                                .iter()
                                .filter(|d| d.is_error())
                                .map(|d| Problem::from_diagnostic(file, d)),
                        );
                    }
                }
            }
            if let Some(brief) = brief {
                each(brief)?;
            }
        }
    }
    Ok(seen)
}

/// Reads, validates (one parse), assesses and, for the human format, renders one file.
fn check_file(
    setup: &Setup,
    path: &std::path::Path,
    named: bool,
) -> anyhow::Result<Option<Outcome>> {
    let (file, problem) = read_text(path, setup.lang)?;
    if let Some(diagnostic) = problem {
        return Ok(Some(Outcome {
            file: Some(file),
            diagnostics: vec![diagnostic],
            brief: None,
        }));
    }
    let (brief, diagnostics) =
        crate::validate::brief::validate_brief(&file, setup.questionnaires, setup.lang);
    // A file found in a folder that fails as a brief may be another kind of file:
    // only then is it parsed a second time, to tell (and skipped if so).
    let failed = brief.is_none() || diagnostics.iter().any(Diagnostic::is_error);
    if !named && failed && file_kind(&file).is_ok_and(|kind| kind != FileKind::Brief) {
        return Ok(None);
    }
    let Some(brief) = brief else {
        return Ok(Some(Outcome {
            file: Some(file),
            diagnostics,
            brief: None,
        }));
    };
    let checked = checked(setup, file, brief);
    let kept = match setup.human {
        Some(options) => {
            let text = human::render_one(&checked, options);
            let passed = checked.passed;
            // A warning about the brief is written with the file's text: it stays.
            if !diagnostics.is_empty() {
                return Ok(Some(Outcome {
                    file: Some(checked.file),
                    diagnostics,
                    brief: Some(Kept::Rendered { text, passed }),
                }));
            }
            Kept::Rendered { text, passed }
        }
        None => Kept::Whole(Box::new(checked)),
    };
    Ok(Some(Outcome {
        file: None,
        diagnostics,
        brief: Some(kept),
    }))
}

fn checked(setup: &Setup, file: SourceFile, brief: Brief) -> Checked {
    let assessment = assess(&brief, setup.questionnaires, &setup.thresholds);
    let passed = !assessment.fails(setup.fail_on);
    Checked {
        file,
        brief,
        assessment,
        passed,
    }
}

/// The formats that need every brief at once.
fn render_whole(
    ctx: &Context,
    args: &CheckArgs,
    report: CheckReport,
    out: &mut dyn Write,
) -> anyhow::Result<Exit> {
    let text = match args.format {
        CheckFormat::Human => human::render(&report, human_options(ctx)),
        CheckFormat::Json => json::render(&report, ctx.lang),
        CheckFormat::Github => github::render(&report, ctx.lang),
        CheckFormat::Codequality => codequality::render(&report, ctx.lang),
        CheckFormat::Junit => junit::render(&report, ctx.lang),
        CheckFormat::Sarif => {
            let cwd = std::env::current_dir().ok();
            sarif::render(&report, ctx.lang, cwd.as_deref())
        }
    };
    out.write_all(text.as_bytes())?;
    if args.format == CheckFormat::Github {
        append_job_summary(&summary::render(&report, ctx.lang))?;
    }
    Ok(if report.passed() {
        Exit::Ok
    } else {
        Exit::Failed
    })
}

/// Appends the Markdown job summary to the file GitHub Actions names in
/// `GITHUB_STEP_SUMMARY` (appending is what GitHub documents: other steps' text
/// stays); nothing outside Actions.
fn append_job_summary(markdown: &str) -> anyhow::Result<()> {
    use anyhow::Context as _;
    let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) else {
        return Ok(());
    };
    let path = std::path::PathBuf::from(path);
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .and_then(|mut file| file.write_all(markdown.as_bytes()))
        .with_context(|| format!("appending the job summary to {}", path.display()))
}
