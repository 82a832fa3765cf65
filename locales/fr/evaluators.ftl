# Plusieurs évaluateurs, valeurs propres des offres, `rank --method all` (ticket 13).

evaluators-value-and-by = la note `{ $key }` donne à la fois une valeur `value` et les valeurs des évaluateurs `by` : n’en garder qu’une
evaluators-bad-by = note `{ $key }` : `by` doit être une table d’évaluateurs et de leurs valeurs
evaluators-bad-by-help = par exemple `{ "{" } by = { "{" } claire = 4, malik = 3 { "}" } { "}" }`
