# Diagnostics of `validate` for questionnaire and criteria files
# (src/validate/questionnaire/, src/validate/criteria/, src/validate/common.rs).
# Glossary: see glossary.ftl for the one word used for each concept.

## Numbers and texts shared by every file kind

validate-score-out-of-range = `{ $key }` must be between 0 and 1, not { $value }
    .label = expected a number from 0 to 1

## Number questions and their bands (src/validate/questionnaire/band.rs)

validate-missing-unit = number question `{ $question }` has no `unit`
    .help = add unit.fr = "jours" and unit.en = "days"
validate-no-bands = number question `{ $question }` has no bands
    .help = add [[question.band]] tables (from, to, score) that cover every value
validate-min-above-max = `min` ({ $min }) is above `max` ({ $max })
validate-band-empty = band from { $from } to { $to } is empty
    .label = expected `from` < `to`
validate-band-uncovered = values from { $from } to { $to } are not covered
validate-band-uncovered-below = values below { $from } are not covered
validate-band-first-from-help = drop `from` on the first band, or set the question's `min`
validate-band-gap = values from { $from } to { $to } are in no band
validate-band-overlap = values from { $from } to { $to } are in two bands
validate-band-expected-previous = expected { $to }, the previous band's `to`
validate-band-open-inside = only the first band may omit `from`, and only the last may omit `to`
validate-band-uncovered-above = values from { $from } up are in no band
validate-band-last-to-help = drop `to` on the last band (use the question's `max` to bound answers)
