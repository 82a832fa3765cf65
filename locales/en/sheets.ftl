# Spreadsheets in and out: offers read from .csv, .xlsx and .ods tables
# (src/load/sheet/), the offers grid of `init --offers-workbook`, and the ranking
# workbook of `rank --format xlsx` (src/render/rank/xlsx.rs).

## Reading offers from a table

sheet-cell = { $file }, sheet { $sheet }, { $cell }
sheet-first-at = first at { $place }
sheet-missing-name = this row has values but no { -provider } name
sheet-not-a-number = { $criterion }: expected a number, found “{ $found }”
sheet-no-offer = the table has no { -offer }: no row below the headers names a { -provider }
sheet-empty = the table is empty
sheet-layout-help = one row per { -provider }: a first column headed “provider”, then one column per { -criterion } headed by its id or name (see `outsource init --offers-workbook`)
sheet-duplicate-column = two columns for “{ $header }”
sheet-no-provider-column = no { -provider } column: the first column holds a { -criterion }
sheet-no-header = a column with values but no header
sheet-unknown-column = unknown column “{ $header }”: neither a { -criterion } (id or name), a note on one, “provider” nor “source”
    .help = known { -criteria }: { $known }
sheet-csv-not-utf8 = { $path } is not UTF-8 text: save the CSV as “CSV UTF-8”
sheet-csv-invalid = cannot read { $path } as CSV at line { $line }: { $detail }
sheet-unreadable = cannot read { $path } as a spreadsheet: { $detail }
sheet-no-sheet = { $path } has no sheet
sheet-note-without-value = a note on { $criterion } without a value: it is left out
sheet-header-provider = Provider
sheet-note-header = note: { $criterion }

## The offers grid (init --offers-workbook)

sheet-grid-name = Offers
sheet-grid-provider-note = One row per { -provider }: the { -provider }’s name here, a figure in each { -criterion }’s column (empty if not offered), and any comment in the note columns.
sheet-grid-note-id = id: { $id }
sheet-grid-note-unit = unit: { $unit }
sheet-grid-note-benefit = higher is better
sheet-grid-note-cost = lower is better
sheet-grid-note-min = { -must-have }: at least { $min }
sheet-grid-note-max = { -must-have }: at most { $max }
sheet-grid-note-required = required: an { -offer } without a value is excluded
init-workbook-created = created { $path }: send it to the providers, then `outsource rank --criteria { $criteria } { $path }` once filled in
init-workbook-exists = { $path } already exists: it is left as it is

## Options of the command line (src/cli.rs)

cli-rank-arg-output = File to write (atomically) instead of standard output; required for xlsx
cli-init-arg-offers-workbook = Write only the offers grid to send to providers, as this .xlsx workbook
cli-init-arg-criteria = With --offers-workbook: the criteria file [default: DIR/criteria.toml]

## Scaffold (src/scaffold.rs)

init-sector-hint = ecommerce, b2b, utility, dunning… (outsource init --sector)

## The ranking workbook (rank --format xlsx)

xlsx-needs-output = an xlsx workbook is not text: give the file to write with `-o ranking.xlsx`
xlsx-sheet-ranking = Ranking
xlsx-sheet-values = Values
xlsx-sheet-normalised = Normalised
xlsx-sheet-contributions = Contributions
xlsx-sheet-excluded = Exclusions
xlsx-sheet-weights = Weights
xlsx-sheet-sensitivity = Sensitivity
xlsx-sheet-acceptability = Acceptability
xlsx-sheet-warnings = Warnings
xlsx-rank = Rank
xlsx-provider = Provider
xlsx-score = Score
xlsx-tied = Tied
xlsx-missing = Missing values
xlsx-source = Source
xlsx-total = Total
xlsx-criterion = Criterion
xlsx-id = Id
xlsx-weight = Weight
xlsx-direction = Direction
xlsx-benefit = higher is better
xlsx-cost = lower is better
xlsx-unit = Unit
xlsx-min = Minimum
xlsx-max = Maximum
xlsx-required = Required
xlsx-price = Price
xlsx-yes = yes
xlsx-no = no
xlsx-code = Code
xlsx-value = Value
xlsx-bound = Bound
xlsx-reason = Reason
xlsx-message = Message
xlsx-new-weight = Weight that changes the winner
xlsx-change = Change
xlsx-new-winner = New winner
xlsx-first-place = First-place share
xlsx-best-rank = Best rank
xlsx-worst-rank = Worst rank
xlsx-mean-rank = Mean rank
xlsx-rank-share = Share at rank { $rank }
xlsx-method = Method: { $method }
xlsx-missing-note = no value given: counted as the worst value of the ranked { -offers }
xlsx-normalised-weighted-sum = min-max normalised values (0 the worst ranked { -offer }, 1 the best)
xlsx-normalised-topsis = vector-normalised values (each value divided by the Euclidean norm of its column)
xlsx-samples = { $samples } samples, seed { $seed }: { $distribution }
