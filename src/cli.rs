//! Command-line interface: clap derive only. Each subcommand's behaviour lives in
//! `src/commands/<name>.rs`.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Args, CommandFactory as _, FromArgMatches as _, Parser, Subcommand, ValueEnum};

use crate::lang::Lang;
use crate::ranking::method::Method;
use crate::readiness::Thresholds;
use crate::tr;

/// Decide whether, how and to whom to outsource customer relations.
///
/// Interview a client on the readiness checklists, check project briefs in CI,
/// and rank provider offers against weighted criteria.
#[derive(Debug, Parser)]
#[command(
    name = "outsource",
    version,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,

    #[command(flatten)]
    pub global: GlobalArgs,
}

/// Options every subcommand accepts.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Language of messages [default: French when LC_ALL, LC_MESSAGES or LANG starts with "fr", else English]
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,

    /// Folder of questionnaire files that extend the built-in ones (same id: the file wins)
    #[arg(long = "questionnaires", global = true, value_name = "DIR")]
    pub questionnaires_dir: Option<PathBuf>,

    /// When to use colours [default: auto, which means only on a terminal and without NO_COLOR]
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, hide_default_value = true)]
    pub color: ColorChoice,

    /// Print only what is needed (the result, errors)
    #[arg(long, short, global = true, conflicts_with = "verbose")]
    pub quiet: bool,

    /// Print more detail (every answer, the formulas' inputs)
    #[arg(long, short, global = true)]
    pub verbose: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Interview a client interactively, saving every answer to a brief file
    Interview(InterviewArgs),
    /// Score project briefs without a terminal; exit 1 when one is not ready
    Check(CheckArgs),
    /// Rank provider offers against weighted criteria
    Rank(RankArgs),
    /// Write an HTML or Markdown report for a client
    Report(ReportArgs),
    /// List the available questionnaires
    Questionnaires(QuestionnairesArgs),
    /// Validate questionnaire, brief, criteria and offer files
    Validate(ValidateArgs),
    /// Create a project folder: a brief, criteria and offer templates
    Init(InitArgs),
    /// Show the progress between two briefs of the same client
    Diff(DiffArgs),
    /// Write a shell completion script to standard output
    ///
    /// Save it where your shell loads completions, for example:
    ///   outsource completions bash > ~/.local/share/bash-completion/completions/outsource
    ///   outsource completions zsh > ~/.zfunc/_outsource    (with fpath+=~/.zfunc before compinit)
    ///   outsource completions fish > ~/.config/fish/completions/outsource.fish
    ///   outsource completions powershell >> $PROFILE
    #[command(verbatim_doc_comment)]
    Completions(CompletionsArgs),
    /// Write a manual page (roff) to standard output
    Man(ManArgs),
    /// Write the JSON Schema of a file format to standard output
    Schema(SchemaArgs),
}

#[derive(Debug, Args)]
pub struct InterviewArgs {
    /// Brief file to write (and to resume when it exists)
    #[arg(long, short, default_value = "brief.toml", value_name = "FILE")]
    pub brief: PathBuf,

    /// Questionnaire to ask, by id; repeat for several [default: ten-questions then ten-mistakes]
    #[arg(long = "questionnaire", value_name = "ID")]
    pub questionnaire: Vec<String>,

    /// Walk through every question again, with the current answer as the default
    #[arg(long)]
    pub review: bool,

    // The closing report's verdict: `commands::interview` builds it with
    // `args.thresholds.thresholds()`, as `check` does.
    #[command(flatten)]
    pub thresholds: ThresholdArgs,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Brief files, or folders whose *.toml briefs are all checked
    #[arg(required = true, value_name = "BRIEF")]
    pub briefs: Vec<PathBuf>,

    #[command(flatten)]
    pub thresholds: ThresholdArgs,

    /// Lowest unwaived finding severity that fails the check
    #[arg(long, value_enum, default_value_t = FailOn::Blocker)]
    pub fail_on: FailOn,

    /// Output format
    #[arg(long, short, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
}

/// The minimums a brief must reach, shared by every command that shows a
/// verdict, so `report`, `diff` and `interview` never contradict `check`.
#[derive(Clone, Copy, Debug, Default, Args)]
pub struct ThresholdArgs {
    /// Fail when the overall score is below N (0 to 100) [default: 50]
    #[arg(long, value_name = "N", value_parser = parse_score)]
    pub min_score: Option<f64>,

    /// Fail when less than this share of the question weight is answered (0 to 1) [default: 0.7]
    #[arg(long, value_name = "SHARE", value_parser = parse_share)]
    pub min_coverage: Option<f64>,
}

impl ThresholdArgs {
    /// The readiness thresholds: the defaults, with the minimums given; the
    /// "ready" lines never sit below the minimums.
    pub fn thresholds(&self) -> Thresholds {
        let defaults = Thresholds::default();
        let min_score = self.min_score.unwrap_or(defaults.min_score);
        let min_coverage = self.min_coverage.unwrap_or(defaults.min_coverage);
        Thresholds {
            min_score,
            min_coverage,
            ready_score: defaults.ready_score.max(min_score),
            ready_coverage: defaults.ready_coverage.max(min_coverage),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Blocker,
    Warning,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// Tables, findings with the brief's line, the verdict
    Human,
    /// One JSON document
    Json,
    /// GitHub Actions workflow annotations
    Github,
    /// JUnit XML, one test case per question
    Junit,
    /// SARIF 2.1.0 for code-scanning dashboards
    Sarif,
    /// GitLab Code Quality (Code Climate JSON) for merge requests
    Codequality,
}

#[derive(Debug, Args)]
pub struct RankArgs {
    /// Criteria file (weights or AHP comparisons, must-have bounds)
    #[arg(long, short, value_name = "FILE")]
    pub criteria: PathBuf,

    /// Offer files (TOML, or .csv, .xlsx, .ods tables), or folders whose *.toml offers are all read
    #[arg(required = true, value_name = "OFFER")]
    pub offers: Vec<PathBuf>,

    /// Ranking method [default: the criteria file's `method`, else weighted-sum]
    #[arg(long, short, value_enum)]
    pub method: Option<RankMethodArg>,

    /// How the values of several evaluators become one
    #[arg(long, value_enum, default_value_t = AggregateArg::Mean, value_name = "HOW")]
    pub aggregate: AggregateArg,

    /// Output format
    #[arg(long, short, value_enum, default_value_t = RankFormat::Table)]
    pub format: RankFormat,

    /// File to write (atomically) instead of standard output; required for xlsx
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Also say how robust the ranking is to changes in the weights
    #[arg(long, short)]
    pub sensitivity: bool,

    /// Number of Monte Carlo weight samples for --sensitivity
    #[arg(long, default_value_t = 10_000, value_name = "N", value_parser = samples_range())]
    pub samples: u32,

    /// Seed of the Monte Carlo sampling (same seed, same result)
    #[arg(long, default_value_t = 1, value_name = "S")]
    pub seed: u64,

    /// How --sensitivity draws the weights
    #[arg(long, value_enum, default_value_t = WeightModelArg::Around, value_name = "MODEL")]
    pub weight_model: WeightModelArg,

    /// With --weight-model around: each weight times a uniform factor in [1-X, 1+X]
    #[arg(long, default_value_t = 0.5, value_name = "X", value_parser = parse_share)]
    pub spread: f64,
}

/// `--method`: the command line's name for a [`Method`] of the ranking core.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum MethodArg {
    /// Min-max normalisation, then the weighted sum
    WeightedSum,
    /// Closeness to the ideal offer (Hwang and Yoon)
    Topsis,
}

impl From<MethodArg> for Method {
    fn from(arg: MethodArg) -> Self {
        match arg {
            MethodArg::WeightedSum => Method::WeightedSum,
            MethodArg::Topsis => Method::Topsis,
        }
    }
}

/// `rank --method`: one method, or every method side by side.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum RankMethodArg {
    /// Min-max normalisation, then the weighted sum
    WeightedSum,
    /// Closeness to the ideal offer (Hwang and Yoon)
    Topsis,
    /// Every method, side by side, with where their rankings differ
    All,
}

impl RankMethodArg {
    /// The one method asked for; `None` for `all`.
    pub fn method(self) -> Option<Method> {
        match self {
            RankMethodArg::WeightedSum => Some(Method::WeightedSum),
            RankMethodArg::Topsis => Some(Method::Topsis),
            RankMethodArg::All => None,
        }
    }
}

/// `--aggregate`: how several evaluators' values on one offer and criterion count.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum AggregateArg {
    /// Their arithmetic mean
    Mean,
    /// Their median (one outlying evaluator moves it less)
    Median,
}

impl From<AggregateArg> for crate::ranking::aggregate::Aggregate {
    fn from(arg: AggregateArg) -> Self {
        match arg {
            AggregateArg::Mean => Self::Mean,
            AggregateArg::Median => Self::Median,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum RankFormat {
    Table,
    Json,
    Csv,
    Markdown,
    Xlsx,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The project brief
    #[arg(value_name = "BRIEF")]
    pub brief: PathBuf,

    /// Criteria file, to add the ranking of offers to the report
    #[arg(long, short, value_name = "FILE", requires = "offers")]
    pub criteria: Option<PathBuf>,

    /// Offer files or folders (with --criteria)
    #[arg(value_name = "OFFER", requires = "criteria")]
    pub offers: Vec<PathBuf>,

    /// Ranking method [default: the criteria file's `method`, else weighted-sum]
    #[arg(long, short, value_enum)]
    pub method: Option<MethodArg>,

    /// How the values of several evaluators become one (with --criteria)
    #[arg(long, value_enum, default_value_t = AggregateArg::Mean, value_name = "HOW")]
    pub aggregate: AggregateArg,

    /// Add the weight sensitivity analysis (with --criteria)
    #[arg(long, short, requires = "criteria")]
    pub sensitivity: bool,

    /// Number of Monte Carlo weight samples for --sensitivity
    #[arg(long, default_value_t = 10_000, value_name = "N", value_parser = samples_range())]
    pub samples: u32,

    /// Seed of the Monte Carlo sampling
    #[arg(long, default_value_t = 1, value_name = "S")]
    pub seed: u64,

    /// How --sensitivity draws the weights
    #[arg(long, value_enum, default_value_t = WeightModelArg::Around, value_name = "MODEL")]
    pub weight_model: WeightModelArg,

    /// With --weight-model around: each weight times a uniform factor in [1-X, 1+X]
    #[arg(long, default_value_t = 0.5, value_name = "X", value_parser = parse_share)]
    pub spread: f64,

    /// Output format
    #[arg(long, short, value_enum, default_value_t = ReportFormat::Html)]
    pub format: ReportFormat,

    /// File to write [default: standard output]
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,

    #[command(flatten)]
    pub thresholds: ThresholdArgs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Html,
    Markdown,
}

#[derive(Debug, Args)]
pub struct QuestionnairesArgs {
    /// Show one questionnaire: each question and where it comes from
    pub id: Option<String>,
    /// Output format
    #[arg(long, short, value_enum, default_value_t = ListFormat::Human)]
    pub format: ListFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Human,
    Json,
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Files or folders to validate; the kind of each file is told from its keys
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// Output format
    #[arg(long, short, value_enum, default_value_t = ValidateFormat::Human)]
    pub format: ValidateFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ValidateFormat {
    /// Each problem with its line quoted and a caret
    Human,
    /// One line per problem: file:line:column: error[code]: message
    Short,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Folder to create or complete; existing files are never overwritten
    #[arg(value_name = "DIR", default_value = ".")]
    pub dir: PathBuf,

    /// The client's sector, which chooses the questionnaires [default: ten-questions and ten-mistakes only]
    #[arg(long, short, value_enum)]
    pub sector: Option<crate::scaffold::Sector>,

    /// Write only the offers grid to send to providers, as this .xlsx workbook
    #[arg(long, value_name = "FILE", conflicts_with = "sector")]
    pub offers_workbook: Option<PathBuf>,

    /// With --offers-workbook: the criteria file [default: DIR/criteria.toml]
    #[arg(long, short, value_name = "FILE", requires = "offers_workbook")]
    pub criteria: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The older brief
    #[arg(value_name = "OLD_BRIEF")]
    pub old: PathBuf,

    /// The newer brief of the same client, assessed against the same questionnaires
    #[arg(value_name = "NEW_BRIEF")]
    pub new: PathBuf,

    /// Output format
    #[arg(long, short, value_enum, default_value_t = DiffFormat::Human)]
    pub format: DiffFormat,

    #[command(flatten)]
    pub thresholds: ThresholdArgs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// Scores then and now, findings resolved and new, answers changed
    Human,
    /// One JSON document
    Json,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write the page of this subcommand (outsource-SUBCOMMAND(1)) instead of outsource(1)
    #[arg(value_name = "SUBCOMMAND")]
    pub subcommand: Option<String>,
}

#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// The file format
    #[arg(value_enum, value_name = "KIND")]
    pub kind: crate::schema::SchemaKind,
}

/// The most Monte Carlo samples `--samples` takes: beyond, the answer no longer
/// changes and the run takes minutes.
pub const MAX_SAMPLES: u32 = 1_000_000;

fn samples_range() -> clap::builder::RangedI64ValueParser<u32> {
    clap::value_parser!(u32).range(1..=i64::from(MAX_SAMPLES))
}

/// `--weight-model`: the command line's name for a SMAA [`WeightModel`](crate::ranking::smaa::WeightModel).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum WeightModelArg {
    /// Each given weight times an independent uniform factor (see --spread)
    Around,
    /// Uniform among all weight vectors: no preference at all
    NoPreference,
    /// Only the order of the given weights is kept
    Ordinal,
}

impl WeightModelArg {
    /// The model, with `spread` for `around`.
    pub fn model(self, spread: f64) -> crate::ranking::smaa::WeightModel {
        use crate::ranking::smaa::WeightModel;
        match self {
            WeightModelArg::Around => WeightModel::Around { spread },
            WeightModelArg::NoPreference => WeightModel::NoPreference,
            WeightModelArg::Ordinal => WeightModel::Ordinal,
        }
    }

    /// The Monte Carlo options of `rank` and `report`, when `--sensitivity` asks for them.
    pub fn sensitivity(
        self,
        sensitivity: bool,
        samples: u32,
        seed: u64,
        spread: f64,
    ) -> Option<crate::ranking::smaa::SmaaOptions> {
        sensitivity
            .then(|| crate::ranking::smaa::SmaaOptions::new(samples, seed, self.model(spread)))
    }
}

/// A value an argument refuses, with the catalogue message that says why: the
/// parser cannot know the language, so the message is chosen when it is shown.
#[derive(Debug, PartialEq, Eq)]
pub struct BadValue {
    id: &'static str,
}

impl BadValue {
    /// Why the value is refused, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        crate::i18n::message(lang, self.id, None)
    }
}

impl std::fmt::Display for BadValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for BadValue {}

fn parse_score(text: &str) -> Result<f64, BadValue> {
    match text.parse::<f64>() {
        Ok(value) if (0.0..=100.0).contains(&value) => Ok(value),
        _ => Err(BadValue {
            id: "cli-expected-score",
        }),
    }
}

fn parse_share(text: &str) -> Result<f64, BadValue> {
    match text.parse::<f64>() {
        Ok(value) if (0.0..=1.0).contains(&value) => Ok(value),
        _ => Err(BadValue {
            id: "cli-expected-share",
        }),
    }
}

/// The language chosen before the command line is parsed, so `--help` and usage
/// errors speak it: `--lang fr`/`--lang=fr` anywhere on the line, else `fallback`
/// (the locale). The last `--lang` wins, as clap's does.
pub fn lang_from_args(args: &[OsString], fallback: Lang) -> Lang {
    let mut lang = fallback;
    let mut iter = args.iter().skip(1).map(|arg| arg.to_string_lossy());
    while let Some(arg) = iter.next() {
        if arg == "--" {
            break;
        }
        let value = match arg.strip_prefix("--lang") {
            Some("") => iter.next().map(std::borrow::Cow::into_owned),
            Some(rest) => rest.strip_prefix('=').map(str::to_owned),
            None => None,
        };
        if let Some(chosen) = value.as_deref().and_then(Lang::from_code) {
            lang = chosen;
        }
    }
    lang
}

/// The command line's definition with every help text, heading and about line
/// from the catalogue in `lang`. The derive structs above stay the one source of
/// the structure; `man` and `completions` build from this too.
pub fn command(lang: Lang) -> clap::Command {
    let mut cmd = Cli::command();
    // Built first so the global arguments, `--help`, `--version` and the `help`
    // subcommand exist everywhere and get their text too.
    cmd.build();
    let usage = tr!(lang, "cli-heading-usage");
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
    );
    localize(cmd, lang, "", &template)
}

fn localize(mut cmd: clap::Command, lang: Lang, prefix: &str, template: &str) -> clap::Command {
    let name = cmd.get_name().to_owned();
    // The root's messages are `cli-…`, a subcommand's `cli-check-…`.
    let here = if prefix.is_empty() {
        "cli".to_owned()
    } else {
        format!("cli-{name}")
    };
    let about = format!("{here}-about");
    if crate::i18n::has(lang, &about) {
        cmd = cmd.about(crate::i18n::message(lang, &about, None));
    }
    let long_about = format!("{here}-long-about");
    if cmd.get_long_about().is_some() || crate::i18n::has(lang, &long_about) {
        cmd = cmd.long_about(crate::i18n::message(lang, &long_about, None));
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|arg| arg.get_id().as_str().to_owned())
        .collect();
    let options = tr!(lang, "cli-heading-options");
    let arguments = tr!(lang, "cli-heading-arguments");
    for id in ids {
        let key = id.replace('_', "-");
        let own = format!("{here}-arg-{key}");
        let shared = format!("cli-arg-{key}");
        let message = if crate::i18n::has(lang, &own) {
            own
        } else {
            shared
        };
        let text = crate::i18n::message(lang, &message, None);
        let (options, arguments) = (options.clone(), arguments.clone());
        let here = here.clone();
        cmd = cmd.mut_arg(&id, move |arg| {
            let heading = if arg.is_positional() {
                arguments
            } else {
                options
            };
            let mut arg = if arg.get_help_heading().is_none() {
                arg.help_heading(heading)
            } else {
                arg
            };
            if arg.get_long_help().is_some() {
                arg = arg.long_help(text.clone());
            }
            let values = value_list(&arg, &here, &key, lang);
            // clap writes `[default: …]` and `[possible values: …]` in English:
            // in another language, or when the values are listed with their
            // help from the catalogue, they are written here instead.
            if lang == Lang::En && values.is_none() {
                return arg.help(text);
            }
            let (arg, text, long) = spec_values(arg, text, lang);
            match values {
                // `--help` lists each value with its help; `-h` names them.
                Some(list) => arg.long_help(format!("{long}\n\n{list}")).help(text),
                None => arg.help(text),
            }
        });
    }
    cmd = cmd
        .help_template(template.to_owned())
        .subcommand_help_heading(tr!(lang, "cli-heading-commands"));
    let children: Vec<String> = cmd
        .get_subcommands()
        .map(|sub| sub.get_name().to_owned())
        .collect();
    for child in children {
        let prefix = format!("{prefix}{name} ");
        cmd = cmd.mut_subcommand(&child, |sub| localize(sub, lang, &prefix, template));
    }
    cmd
}

/// Writes an argument's default and possible values after its help text, from
/// the catalogue, and hides clap's English ones. Returns the argument, the short
/// help (default and values) and the long help (default only: `--help` lists
/// the values below).
fn spec_values(mut arg: clap::Arg, mut text: String, lang: Lang) -> (clap::Arg, String, String) {
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && !arg.is_hide_default_value_set() && arg.get_action().takes_values() {
        let extra = tr!(lang, "cli-default", value = defaults.join(", "));
        text = format!("{text} {extra}");
        arg = arg.hide_default_value(true);
    }
    let long = text.clone();
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_owned())
        .collect();
    if !values.is_empty() && arg.get_action().takes_values() {
        let extra = tr!(lang, "cli-possible-values", values = values.join(", "));
        text = format!("{text} {extra}");
        arg = arg.hide_possible_values(true);
    }
    (arg, text, long)
}

/// `Possible values:` and one line per value with its help from the catalogue
/// (`cli-CMD-value-ARG-VALUE`, else `cli-value-ARG-VALUE`), when the values have
/// help (their doc comments in the `ValueEnum`); `None` otherwise.
fn value_list(arg: &clap::Arg, here: &str, key: &str, lang: Lang) -> Option<String> {
    let values: Vec<(String, String)> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .filter_map(|v| {
            let doc = v.get_help()?.to_string();
            Some((v.get_name().to_owned(), doc))
        })
        .collect();
    let width = values.iter().map(|(name, _)| name.chars().count()).max()?;
    let mut lines = vec![tr!(lang, "cli-possible-values-heading")];
    for (name, doc) in values {
        // A value the catalogue lacks keeps its doc comment; the test
        // `every_value_help_is_in_the_catalogue` fails on it.
        let help = value_help_id(here, key, &name, lang)
            .map_or(doc, |id| crate::i18n::message(lang, &id, None));
        let pad = " ".repeat(width - name.chars().count());
        lines.push(tr!(
            lang,
            "cli-value-item",
            name = name.as_str(),
            pad = pad,
            help = help
        ));
    }
    Some(lines.join("\n"))
}

/// The catalogue message of a value's help: `cli-CMD-value-ARG-VALUE`, else
/// `cli-value-ARG-VALUE`, if either exists.
fn value_help_id(here: &str, key: &str, value: &str, lang: Lang) -> Option<String> {
    [
        format!("{here}-value-{key}-{value}"),
        format!("cli-value-{key}-{value}"),
    ]
    .into_iter()
    .find(|id| crate::i18n::has(lang, id))
}

/// Parses the command line with the help in `lang`. A usage error is returned
/// ready to print: clap's own words in English, the catalogue's in French, with
/// the offending argument and the usage line; `--help` and `--version` come back
/// as errors too (clap prints them, with exit 0).
pub fn parse(args: &[OsString], lang: Lang) -> Result<Cli, UsageError> {
    let mut cmd = command(lang);
    let matches = cmd
        .try_get_matches_from_mut(args)
        .map_err(|error| UsageError::new(error, lang))?;
    Cli::from_arg_matches(&matches).map_err(|error| UsageError::new(error.with_cmd(&cmd), lang))
}

/// A command line clap refused (or `--help`/`--version`), with its text.
#[derive(Debug)]
pub struct UsageError {
    error: clap::Error,
    lang: Lang,
}

impl UsageError {
    fn new(error: clap::Error, lang: Lang) -> Self {
        UsageError { error, lang }
    }

    /// Exit status: 0 for `--help` and `--version`, 2 for a usage error.
    pub fn exit_code(&self) -> u8 {
        if self.error.use_stderr() { 2 } else { 0 }
    }

    /// Whether the text goes to standard error.
    pub fn to_stderr(&self) -> bool {
        self.error.use_stderr()
    }

    /// The text to print: help and version as clap renders them (from the
    /// catalogue already), errors in the user's language.
    pub fn text(&self) -> String {
        use clap::error::ErrorKind;
        let kind = self.error.kind();
        if self.lang == Lang::En
            || matches!(
                kind,
                ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            )
        {
            return self.error.render().to_string();
        }
        self.translated()
    }

    fn translated(&self) -> String {
        use clap::error::{ContextKind, ContextValue, ErrorKind};
        let lang = self.lang;
        let get = |kind: ContextKind| -> String {
            match self.error.get(kind) {
                Some(ContextValue::String(text)) => text.clone(),
                Some(ContextValue::Strings(texts)) => texts.join(", "),
                Some(ContextValue::StyledStr(text)) => text.to_string(),
                Some(ContextValue::StyledStrs(texts)) => texts
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
                Some(ContextValue::Number(n)) => n.to_string(),
                _ => String::new(),
            }
        };
        let arg = get(ContextKind::InvalidArg);
        let mut lines = Vec::new();
        match self.error.kind() {
            ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
                let mut line = tr!(
                    lang,
                    "cli-error-invalid-value",
                    value = get(ContextKind::InvalidValue),
                    arg = arg
                );
                let source = std::error::Error::source(&self.error);
                if let Some(bad) = source.and_then(|s| s.downcast_ref::<BadValue>()) {
                    line = format!(
                        "{line}{}",
                        tr!(lang, "io-detail", detail = bad.message(lang))
                    );
                } else if let Some(source) = source {
                    line = format!(
                        "{line}{}",
                        tr!(lang, "io-detail", detail = source.to_string())
                    );
                }
                lines.push(line);
                let valid = get(ContextKind::ValidValue);
                if !valid.is_empty() {
                    lines.push(tr!(lang, "cli-error-possible-values", values = valid));
                }
            }
            ErrorKind::UnknownArgument => {
                lines.push(tr!(lang, "cli-error-unknown-argument", arg = arg));
            }
            ErrorKind::InvalidSubcommand => {
                lines.push(tr!(
                    lang,
                    "cli-error-unknown-subcommand",
                    subcommand = get(ContextKind::InvalidSubcommand)
                ));
            }
            ErrorKind::MissingRequiredArgument => {
                lines.push(tr!(lang, "cli-error-missing-argument", args = arg));
            }
            ErrorKind::ArgumentConflict => {
                lines.push(tr!(
                    lang,
                    "cli-error-conflict",
                    arg = arg,
                    other = get(ContextKind::PriorArg)
                ));
            }
            ErrorKind::WrongNumberOfValues | ErrorKind::TooManyValues | ErrorKind::TooFewValues => {
                lines.push(tr!(lang, "cli-error-value-count", arg = arg));
            }
            ErrorKind::MissingSubcommand => lines.push(tr!(lang, "cli-error-missing-subcommand")),
            _ => lines.push(tr!(lang, "cli-error-other")),
        }
        let suggestion = [
            ContextKind::SuggestedArg,
            ContextKind::SuggestedSubcommand,
            ContextKind::SuggestedValue,
        ]
        .into_iter()
        .map(get)
        .find(|s| !s.is_empty());
        if let Some(suggestion) = suggestion {
            lines.push(format!(
                "  {}",
                tr!(lang, "cli-error-suggestion", suggestion = suggestion)
            ));
        }
        let mut text = format!("{} {}\n", tr!(lang, "error-prefix"), lines.join("\n"));
        let usage = get(ContextKind::Usage);
        if !usage.is_empty() {
            let usage = usage.trim_start_matches("Usage:").trim();
            text.push_str(&format!("\n{} {usage}\n", tr!(lang, "cli-heading-usage")));
        }
        text.push_str(&format!("\n{}\n", tr!(lang, "cli-error-more")));
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_debug_assert() {
        Cli::command().debug_assert();
        for lang in Lang::ALL {
            command(lang).debug_assert();
        }
    }

    /// Every value shown with a help (a doc comment in its `ValueEnum`) has
    /// that help in the catalogue, in every language.
    #[test]
    fn every_value_help_is_in_the_catalogue() {
        fn walk(cmd: &clap::Command, root: bool, missing: &mut Vec<String>) {
            let here = if root {
                "cli".to_owned()
            } else {
                format!("cli-{}", cmd.get_name())
            };
            for arg in cmd.get_arguments() {
                let key = arg.get_id().as_str().replace('_', "-");
                for value in arg.get_possible_values() {
                    if value.get_help().is_none() {
                        continue;
                    }
                    for lang in Lang::ALL {
                        if value_help_id(&here, &key, value.get_name(), lang).is_none() {
                            missing.push(format!(
                                "{here}-value-{key}-{} ({})",
                                value.get_name(),
                                lang.code()
                            ));
                        }
                    }
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, false, missing);
            }
        }
        let mut cmd = Cli::command();
        cmd.build();
        let mut missing = Vec::new();
        walk(&cmd, true, &mut missing);
        assert!(missing.is_empty(), "no catalogue help for {missing:?}");
    }

    #[test]
    fn score_parsers_reject_out_of_range() {
        assert_eq!(parse_score("75"), Ok(75.0));
        assert!(parse_score("101").is_err());
        assert!(parse_score("abc").is_err());
        assert_eq!(parse_share("0.5"), Ok(0.5));
        assert!(parse_share("1.5").is_err());
    }
}
