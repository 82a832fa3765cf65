# Messages added by the small fixes after the hands-on trial.
smallfix-negative-price = a price cannot be negative: `{ $key }` is { $value }
    .label = expected a price of 0 or more
    .help = a price is an amount paid (a discount makes it lower, never negative); if this criterion is no price, write `price = false` in the criteria file
# "did you mean `price`?" then the known ids.
smallfix-hint-then-known = { $hint } ({ $known })
# `outsource validate` with a table of offers and not exactly one valid criteria file.
smallfix-table-several-criteria = a table of offers is read against exactly one criteria file, and { $count } were given: { $files }
smallfix-table-several-criteria-help = give only the criteria file its headers name, e.g. `outsource validate { $criteria } { $table }`
smallfix-table-criteria-invalid = not checked: the criteria file { $criteria } has errors; fix them, then validate the table again
# `outsource report` given a second brief, or offers without --criteria.
smallfix-report-one-brief = the report takes one brief, { $brief }, and { $other } is a brief too, not an offer file
    To compare the two briefs: `outsource diff { $brief } { $other }`; one report per brief otherwise.
smallfix-report-offers-need-criteria = offers are ranked against criteria: give the criteria file with `--criteria FILE`
