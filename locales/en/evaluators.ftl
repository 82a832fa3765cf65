# Several evaluators, offers' own values, `rank --method all` (issue 13).

evaluators-value-and-by = score `{ $key }` gives both a `value` and the evaluators' values `by`: keep one
evaluators-bad-by = score `{ $key }`: `by` must be a table of evaluators and their values
evaluators-bad-by-help = e.g. `{ "{" } by = { "{" } claire = 4, malik = 3 { "}" } { "}" }`
