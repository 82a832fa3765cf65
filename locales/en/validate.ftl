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

## Shared by every file kind (src/validate/common.rs, src/validate/mod.rs)

validate-not-a-number = `{ $key }` must be a finite number, got { $found }
    .label = expected a number
validate-found-string = the string "{ $value }"
validate-found-array = an array
validate-found-table = a table
validate-unknown-criterion = unknown { -criterion } `{ $id }`
    .help = known { -criteria }: { $known }
validate-missing-translation = `{ $key }` lacks its translation: { $missing }
    .label = expected both `fr` and `en`
validate-invalid-text-translated = `{ $key }` must be a table with `fr` and `en`
validate-invalid-text-plain = `{ $key }` must be a string, or a table with `fr` and `en`
validate-invalid-text = expected a text in French and English
validate-invalid-id = `{ $id }` is not a valid id
    .label = expected kebab-case: lowercase letters, digits and dashes

## Criteria files (src/validate/criteria/)

validate-unknown-method = unknown method `{ $method }`
    .help = use "weighted-sum" or "topsis"
validate-criteria-empty = the { -criteria } file is empty
validate-no-criterion = the { -criteria } file has no `[[criterion]]`
    .help = add `[[criterion]]` entries with `id`, `name` and `weight`
validate-criterion-without-id = { -criterion } without an `id`
validate-duplicate-criterion = { -criterion } `{ $id }` is defined twice
    .label = first defined on line { $line }
validate-unknown-direction = unknown direction `{ $direction }`
    .help = use "benefit" (more is better) or "cost" (less is better)
validate-weight-and-ahp = a `weight` cannot be given with `[ahp]` comparisons
    .help = remove the { -weights }, or the `[ahp]` table
validate-criterion-missing-weight = { -criterion } `{ $id }` has no `weight`
    .help = give a positive `weight`, or AHP `[ahp] comparisons`
validate-criterion-weight-not-positive = the { -weight } of `{ $id }` must be greater than 0, got { $value }
    .help = remove the { -criterion } rather than giving it no { -weight }
validate-criterion-min-above-max = `min` ({ $min }) is above `max` ({ $max }) for `{ $id }`: no { -offer } can pass

## AHP comparisons (src/validate/criteria/ahp.rs, src/ranking/ahp.rs)

validate-ahp-too-many = AHP is limited to { $limit } { -criteria } here, the file has { $count }
    .help = group { -criteria }, or give direct { -weights }
validate-ahp-bad-comparison = a comparison is ["a", "b", value]
    .help = e.g. ["price", "quality", 3]: price is 3 times as important as quality
validate-ahp-not-an-id = expected a { -criterion } id (a string)
validate-ahp-out-of-range = comparison value { $value } is outside Saaty's scale 1/9 to 9
    .help = 1 = equally important, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more important; 1/3 = 0.333 for the reverse
validate-ahp-self-comparison = `{ $id }` is compared with itself
validate-ahp-duplicate-pair = the pair `{ $a }` / `{ $b }` is compared twice
    .label = first compared on line { $line }
    .help = give each pair once, in either order
validate-ahp-missing-pairs = { $count } { $count ->
    [one] pair
   *[other] pairs
} not compared: { $pairs }
    .help = { $criteria } { -criteria } need { $comparisons } comparisons, one per pair
ahp-error-too-many-criteria = AHP handles at most { $limit } { -criteria }, got { $count }
ahp-error-missing-pair = no comparison between `{ $a }` and `{ $b }`
ahp-error-invalid-value = comparison value { $value } is not a positive number
ahp-error-not-converged = the AHP weights did not converge in { $iterations } iterations

## Questionnaire files (src/validate/questionnaire/)

validate-missing-source = `source` is empty
    .label = expected the article's title
validate-no-question = the { -questionnaire } has no question
    .help = add at least one `[[question]]` table
validate-duplicate-question = question id `{ $id }` is used twice
    .label = second use
validate-not-for-kind = `{ $key }` does not apply to `{ $kind }` questions
    .help = remove it
validate-unknown-dimension = question `{ $question }` uses the undeclared { -dimension } `{ $dimension }`
    .label = expected one of: { $known }
    .help = declare it in the `[dimensions]` table
validate-question-missing-weight = question `{ $question }` has no `weight`
    .help = add `weight = 1` (or more for important questions)
validate-question-weight-not-positive = the { -weight } of `{ $question }` must be greater than 0
    .label = expected a number > 0
validate-missing-severity = question `{ $question }` has no `severity`
    .help = say what a weak answer means: severity = "blocker", "warning" or "info"
validate-missing-recommendation = question `{ $question }` has no `recommendation`
    .help = add recommendation.fr = "…" and recommendation.en = "…": what to do about a weak answer
validate-missing-levels = scale question `{ $question }` has no `levels`
    .help = add levels = [ … ] with 5 labels, for levels 0 (worst) to 4 (best)
validate-wrong-level-count = scale question `{ $question }` has { $count } levels
    .label = expected 5 labels, for levels 0 to 4
validate-wrong-score-count = `scores` of `{ $question }` has { $count } values
    .label = expected 5 scores, one per level
validate-too-few-options = question `{ $question }` has fewer than 2 options
validate-missing-options = question `{ $question }` has no options
    .help = add [[question.option]] tables with id, label and score
validate-reserved-id = `{ $id }` is reserved for answers that do not apply
validate-duplicate-option = option id `{ $id }` is used twice in `{ $question }`
