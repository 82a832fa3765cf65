//! The command line's structure: clap derive structs and value enums, one per
//! subcommand. Their help texts come from the catalogue (see `cli::command`).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::lang::Lang;
use crate::ranking::method::Method;
use crate::readiness::Thresholds;

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

    #[command(flatten)]
    pub monte_carlo: MonteCarloArgs,
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

    #[command(flatten)]
    pub monte_carlo: MonteCarloArgs,

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

/// `--samples`: a whole number from 1 to [`MAX_SAMPLES`], refused in the user's
/// language (clap's own range parser says `0 is not in 1..=1000000`).
pub(crate) fn parse_samples(text: &str) -> Result<u32, BadValue> {
    match text.trim().parse::<u32>() {
        Ok(samples) if (1..=MAX_SAMPLES).contains(&samples) => Ok(samples),
        _ => Err(BadValue {
            id: "trial-expected-samples",
        }),
    }
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
}

/// The Monte Carlo of `--sensitivity`, shared by `rank` and `report` (each
/// argument's help comes from the catalogue, per command where they differ).
#[derive(Debug, Args)]
pub struct MonteCarloArgs {
    /// Number of Monte Carlo weight samples for --sensitivity
    #[arg(long, default_value_t = 10_000, value_name = "N", value_parser = parse_samples)]
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

impl MonteCarloArgs {
    /// The Monte Carlo options, when `--sensitivity` asks for them.
    pub fn options(&self, sensitivity: bool) -> Option<crate::ranking::smaa::SmaaOptions> {
        sensitivity.then(|| {
            let model = self.weight_model.model(self.spread);
            crate::ranking::smaa::SmaaOptions::new(self.samples, self.seed, model)
        })
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

/// A number typed on the command line: `0.7`, or `0,7` with the decimal comma
/// the French help shows (`[par défaut : 0,7]`).
fn parse_decimal(text: &str) -> Option<f64> {
    let text = text.trim();
    let text = if text.contains('.') {
        text.to_owned()
    } else {
        text.replacen(',', ".", 1)
    };
    text.parse::<f64>().ok()
}

pub(crate) fn parse_score(text: &str) -> Result<f64, BadValue> {
    match parse_decimal(text) {
        Some(value) if (0.0..=100.0).contains(&value) => Ok(value),
        _ => Err(BadValue {
            id: "cli-expected-score",
        }),
    }
}

pub(crate) fn parse_share(text: &str) -> Result<f64, BadValue> {
    match parse_decimal(text) {
        Some(value) if (0.0..=1.0).contains(&value) => Ok(value),
        _ => Err(BadValue {
            id: "cli-expected-share",
        }),
    }
}
