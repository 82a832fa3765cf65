# Several evaluators, offers' own values, `rank --method all` (issue 13).

evaluators-value-and-by = score `{ $key }` gives both a `value` and the evaluators' values `by`: keep one
evaluators-bad-by = score `{ $key }`: `by` must be a table of evaluators and their values
evaluators-bad-by-help = write each evaluator's name and value inside `by`, e.g. `by.claire = 4` and `by.malik = 3` in one inline table

evaluators-value-cell-note = each cell: the offer's own value (unit in the criteria table; — none given) · its contribution
evaluators-value-cell-note-markdown = each cell: the offer's own value (in the unit of the column; — none given) · its contribution

evaluators-heading = Disagreement between evaluators
evaluators-intro = { $count ->
    [one] One value was
   *[other] { $count } values were
} given by several evaluators ({ $evaluators }); the ranking uses their { $aggregate ->
    [median] median
   *[mean] mean
}.
evaluators-column-aggregate = { $aggregate ->
    [median] Median
   *[mean] Mean
}
evaluators-column-range = Min–max
evaluators-column-sd = Std. dev.
evaluators-scenario = { $kind ->
    [optimistic] Taking the most favourable evaluator on each value
    [pessimistic] Taking the least favourable evaluator on each value
    [against-winner] Taking the least favourable evaluator on each of the winner's values, the most favourable on the others'
   *[evaluator] Following { $evaluator } alone
}: { $winner } { $changes ->
    [yes] wins: the winner changes
   *[no] wins (unchanged)
}
evaluators-no-winner = no offer passes the must-haves
evaluators-disputed = The winner rests on disputed judgements: another reading of the evaluators' values gives another winner.
evaluators-robust = No reading of the evaluators' values changes the winner.

evaluators-methods-heading = Rankings by every method
evaluators-column-moves = Moves
evaluators-excluded = excluded
evaluators-methods-agree = The methods agree on the winner: { $winner }.
evaluators-methods-differ = The methods pick different winners: { $winners }.
evaluators-no-move = Every offer keeps its rank.
evaluators-moves = Offers whose rank moves: { $offers }.

cli-arg-aggregate = How the values of several evaluators become one
cli-rank-arg-method = Ranking method, or `all` to compare them side by side [default: the criteria file's `method`, else weighted-sum]

evaluators-missing-name = the evaluator has no `name`
evaluators-empty-name = the evaluator's name is empty
evaluators-by-in-evaluation = score `{ $key }`: an evaluation file gives its evaluator's own value, without `by`
evaluators-unknown-provider = no offer of the ranking is from `{ $provider }`
evaluators-known-providers = offers: { $names }
evaluators-plain-and-evaluated = { $provider } gives its own value for `{ $criterion }`: { $evaluator } cannot score it too (give the offer's value or the evaluators' values, not both)
evaluators-twice = { $evaluator } gives a value for { $provider } on `{ $criterion }` twice
evaluators-summary = evaluation by { $evaluator }, { $count ->
    [one] one value
   *[other] { $count } values
}

evaluators-ahp-bad-by = a judgement by several evaluators is a table `by` of evaluator names and values, each from 1/9 to 9
evaluators-ahp-not-same = every judgement with `by` must name the same evaluators
evaluators-ahp-line = { $evaluator }: consistency ratio { $cr }{ $consistent ->
    [yes] {""}
   *[no] {" "}(above { $threshold })
}
rank-all-no-xlsx = `--method all` compares methods side by side in a table, JSON, CSV or Markdown; for a workbook, choose one method (`--method weighted-sum` or `--method topsis`)
