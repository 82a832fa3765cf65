# The command line: `--help`, usage errors and man pages.
# Ids: cli-<subcommand>-about, cli-<subcommand>-arg-<argument>; an argument
# every subcommand shares is cli-arg-<argument>.

cli-about = Decide whether, how and to whom to outsource customer relations
cli-long-about = Decide whether, how and to whom to outsource customer relations.

    Interview a client on the readiness checklists, check project briefs in CI,
    and rank provider offers against weighted criteria.
cli-heading-usage = Usage:
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-heading-commands = Commands

cli-arg-lang = Language of messages [default: French when LC_ALL, LC_MESSAGES or LANG starts with "fr", else English]
cli-arg-questionnaires-dir = Folder of { -questionnaire } files that extend the built-in ones (same id: the file wins)
cli-arg-color = When to use colours [default: auto, which means only on a terminal and without NO_COLOR]
cli-arg-quiet = Print only what is needed (the result, errors)
cli-arg-verbose = Print more detail (every answer, the formulas' inputs)
cli-arg-help = Print help
cli-arg-version = Print version
cli-arg-min-score = Fail when the overall score is below N (0 to 100) [default: 50]
cli-arg-min-coverage = Fail when less than this share of the question { -weight } is answered (0 to 1) [default: 0.7]
cli-arg-format = Output format
cli-arg-method = Ranking method [default: the { -criteria } file's `method`, else weighted-sum]
cli-arg-samples = Number of Monte Carlo { -weight } samples for --sensitivity

cli-interview-about = Interview a client interactively, saving every answer to a { -brief } file
cli-interview-arg-brief = Brief file to write (and to resume when it exists)
cli-interview-arg-questionnaire = Questionnaire to ask, by id; repeat for several [default: ten-questions then ten-mistakes]
cli-interview-arg-review = Walk through every question again, with the current answer as the default

cli-check-about = Score project { -briefs } without a terminal; exit 1 when one is not ready
cli-check-arg-briefs = Brief files, or folders whose *.toml { -briefs } are all checked
cli-check-arg-fail-on = Lowest unwaived { -finding } severity that fails the check

cli-rank-about = Rank { -provider } { -offers } against weighted { -criteria }
cli-rank-arg-criteria = Criteria file ({ -weights } or AHP comparisons, { -must-have } bounds)
cli-rank-arg-offers = Offer files (TOML, or .csv, .xlsx, .ods tables), or folders whose *.toml { -offers } are all read
cli-rank-arg-sensitivity = Also say how robust the ranking is to changes in the { -weights }
cli-rank-arg-seed = Seed of the Monte Carlo sampling (same seed, same result)

cli-report-about = Write an HTML or Markdown report for a client
cli-report-arg-brief = The project { -brief }
cli-report-arg-criteria = Criteria file, to add the ranking of { -offers } to the report
cli-report-arg-offers = Offer files or folders (with --criteria)
cli-report-arg-sensitivity = Add the { -weight } { -sensitivity } analysis (with --criteria)
cli-report-arg-seed = Seed of the Monte Carlo sampling
cli-report-arg-output = File to write [default: standard output]

cli-questionnaires-about = List the available questionnaires

cli-validate-about = Validate { -questionnaire }, { -brief }, { -criteria } and { -offer } files
cli-validate-arg-files = Files or folders to validate; the kind of each file is told from its keys

cli-init-about = Create a project folder: a { -brief }, { -criteria } and { -offer } templates
cli-init-arg-dir = Folder to create or complete; existing files are never overwritten
cli-init-arg-sector = The client's sector, which chooses the questionnaires [default: ten-questions and ten-mistakes only]

cli-diff-about = Show the progress between two { -briefs } of the same client
cli-diff-arg-old = The older { -brief }
cli-diff-arg-new = The newer { -brief } of the same client, assessed against the same questionnaires

cli-completions-about = Write a shell completion script to standard output
cli-completions-long-about = Write a shell completion script to standard output

    Save it where your shell loads completions, for example:
    {"  "}outsource completions bash > ~/.local/share/bash-completion/completions/outsource
    {"  "}outsource completions zsh > ~/.zfunc/_outsource    (with fpath+=~/.zfunc before compinit)
    {"  "}outsource completions fish > ~/.config/fish/completions/outsource.fish
    {"  "}outsource completions powershell >> $PROFILE
cli-completions-arg-shell = The shell to complete for

cli-man-about = Write a manual page (roff) to standard output
cli-man-arg-subcommand = Write the page of this subcommand (outsource-SUBCOMMAND(1)) instead of outsource(1)

cli-schema-about = Write the JSON Schema of a file format to standard output
cli-schema-arg-kind = The file format

cli-default = [default: { $value }]
cli-possible-values = [possible values: { $values }]
cli-help-about = Print this message or the help of the given subcommand(s)

# Why a value is refused (after "invalid value … for …").
cli-expected-score = expected a number from 0 to 100
cli-expected-share = expected a number from 0 to 1

# Usage errors: clap finds them, these say them.
cli-error-invalid-value = invalid value `{ $value }` for `{ $arg }`
cli-error-possible-values = possible values: { $values }
cli-error-unknown-argument = unexpected argument `{ $arg }`
cli-error-suggestion = tip: did you mean { $suggestion }?
cli-error-missing-argument = missing required arguments: { $args }
cli-error-unknown-subcommand = unknown subcommand `{ $subcommand }`
cli-error-conflict = the argument `{ $arg }` cannot be used with `{ $other }`
cli-error-value-count = wrong number of values for `{ $arg }`
cli-error-missing-subcommand = a subcommand is required
cli-error-other = invalid command line
cli-error-more = For more information, try `--help`.

## validate

validate-ok = ok { $path }: { $summary }
validate-unknown-kind = cannot tell what kind of file this is
validate-unknown-kind-help = a { -questionnaire } has [[question]], a { -brief } has [project] or [answers], { -criteria } have [[criterion]], an { -offer } has name and [scores] or [[provider]]
validate-ahp = , AHP CR { $cr }
validate-ahp-inconsistent = , AHP CR { $cr }, above { $limit }: revisit the comparisons
validate-criteria = { -criteria }, { $count ->
    [one] { $count } { -criterion }
   *[other] { $count } { -criteria }
}{ $ahp }
validate-questionnaire = { -questionnaire } `{ $id }`, { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
validate-brief = { -brief }, { $count ->
    [one] { $count } answer
   *[other] { $count } answers
}
validate-offers-checked = , checked against { $criteria }
validate-offers = { -offers }, { $count ->
    [one] { $count } { -provider }
   *[other] { $count } { -provider }s
}{ $checked }

## init

init-skipped = skipped { $path }: it already exists
init-nothing = nothing to create: every file of the project already exists in { $dir }
init-created = created { $path }
init-questionnaires = questionnaires: { $ids }
init-next = next:
    {"  "}outsource interview --brief { $brief }    # answer the questionnaires
    {"  "}outsource check { $brief }
    {"  "}outsource rank --criteria { $criteria } { $offers }    # once the { -offers } are scored
init-project-name = Customer relations outsourcing
init-provider = Provider { $letter }

## questionnaires, schema, rank

questionnaires-column-id = Id
questionnaires-column-title = Title
questionnaires-column-questions = Questions
questionnaires-column-dimensions = Dimensions
questionnaires-hint = Ask them with `outsource interview --questionnaire ID`; `--format json` lists every question.
schema-hint = hint: start a TOML file with `#:schema PATH/{ $name }.schema.json` so taplo-based editors complete and check it
rank-nothing-left = no { -offer } passes the { -must-haves } (see the exclusions above)
rank-csv-excluded = excluded: { $provider }: { $reasons }
rank-csv-warning = { -warning }[{ $code }]: { $message }
init-suggested = uncomment to add: { $title }
cli-arg-weight-model = How --sensitivity draws the { -weights }: around the given ones, no preference, or only their order
cli-arg-spread = With --weight-model around: each { -weight } times a uniform factor in [1-X, 1+X]

## Manual pages (src/commands/man.rs): clap_mangen's section names, replaced.

man-manual = User Commands
man-section-name = NAME
man-section-synopsis = SYNOPSIS
man-section-description = DESCRIPTION
man-section-options = OPTIONS
man-section-extra = EXTRA
man-section-version = VERSION
man-section-authors = AUTHORS
man-no-subcommand = no subcommand `{ $name }`
    { "  " }help: expected one of: { $names }

## Completions (src/commands/completions.rs)

completions-hint = hint: save this script where your shell loads completions (see `outsource completions --help`)

## Each value's help in `--help` (src/cli.rs `value_list`): `cli-CMD-value-ARG-VALUE`
## for one subcommand, `cli-value-ARG-VALUE` for every one. $pad aligns the helps.

cli-possible-values-heading = Possible values:
cli-value-item = - { $name }:{ $pad } { $help }
cli-check-value-format-human = Tables, { -findings } with the { -brief }'s line, the { -verdict }
cli-check-value-format-json = One JSON document
cli-check-value-format-github = GitHub Actions workflow annotations
cli-check-value-format-junit = JUnit XML, one test case per question
cli-check-value-format-sarif = SARIF 2.1.0 for code-scanning dashboards
cli-check-value-format-codequality = GitLab Code Quality (Code Climate JSON) for merge requests
cli-validate-value-format-human = Each problem with its line quoted and a caret
cli-validate-value-format-short = One line per problem: `file:line:column: error[code]: message`
cli-diff-value-format-human = Scores then and now, { -findings } resolved and new, answers changed
cli-diff-value-format-json = One JSON document
cli-rank-value-method-all = Every method side by side: where they disagree on the winner and the ranks
cli-rank-value-aggregate-mean = The mean of the evaluators' values
cli-rank-value-aggregate-median = The median of the evaluators' values (less swayed by one outlier)
cli-report-value-aggregate-mean = The mean of the evaluators' values
cli-report-value-aggregate-median = The median of the evaluators' values (less swayed by one outlier)
cli-value-method-weighted-sum = Min-max normalisation, then the weighted sum
cli-value-method-topsis = Closeness to the ideal { -offer } (Hwang and Yoon)
cli-value-weight-model-around = Each given { -weight } times an independent uniform factor (see --spread)
cli-value-weight-model-no-preference = Uniform among all weight vectors: no preference at all
cli-value-weight-model-ordinal = Only the order of the given { -weights } is kept
# Each language by its own name.
cli-value-lang-fr = Français
cli-value-lang-en = English
cli-value-sector-ecommerce = Online shop: ten-questions, ten-mistakes, ecommerce-peaks
cli-value-sector-b2b = Business-to-business: ten-questions, ten-mistakes, customer-service-steps
cli-value-sector-utility = Utility (water, energy…): ten-questions, ten-mistakes, customer-service-steps
cli-value-sector-dunning = Dunning of overdue invoices: invoice-dunning, customer-service-steps, ten-mistakes
cli-value-kind-questionnaire = questionnaires/*.toml
cli-value-kind-brief = A project { -brief } (examples/*.toml)
cli-value-kind-criteria = Weighted { -criteria } to rank { -offers } (examples/criteria.toml)
cli-value-kind-offer = A { -provider }'s { -offer } (examples/offers/*.toml)
