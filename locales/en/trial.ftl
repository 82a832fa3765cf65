# Messages added by the fixes of the hands-on trial.
trial-expected-samples = expected a whole number from 1 to 1,000,000
trial-error-empty-value = a value is required for `{ $arg }`, but none was given
trial-or = or
trial-toml-unknown-key = unknown field `{ $name }`, expected one of { $expected }
trial-toml-unknown-value = unknown variant `{ $name }`, expected one of { $expected }
trial-toml-missing-key = missing key: `{ $name }`
trial-toml-duplicate-key = duplicate key
trial-toml-number-too-large = the number { $number } is too large
trial-toml-float-too-large = number too large
# --min-score and --min-coverage outside `check`, which alone fails on them.
cli-interview-arg-min-score = The verdict shown at the end is not ready below this overall score (0 to 100) [default: 50]
cli-interview-arg-min-coverage = The verdict shown at the end is not ready when less than this share of the question { -weight } is answered (0 to 1) [default: 0.7]
cli-report-arg-min-score = The report's verdict is not ready below this overall score (0 to 100) [default: 50]
cli-report-arg-min-coverage = The report's verdict is not ready when less than this share of the question { -weight } is answered (0 to 1) [default: 0.7]
cli-diff-arg-min-score = Both verdicts are not ready below this overall score (0 to 100) [default: 50]
cli-diff-arg-min-coverage = Both verdicts are not ready when less than this share of the question { -weight } is answered (0 to 1) [default: 0.7]
