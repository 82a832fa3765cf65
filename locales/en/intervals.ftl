# Uncertain values: `{ min, max }` (issue 16).
intervals-with-value = score `{ $key }` gives an interval (`min`, `max`) together with `value` or `by`: keep one
intervals-one-bound = score `{ $key }`: an interval needs both `min` and `max`
intervals-reversed = score `{ $key }`: `min` is greater than `max`
intervals-help = write an uncertain value as `min = 3.9` and `max = 4.3` in one inline table, with min ≤ max; the ranking counts its midpoint
rank-warning-uncertain = { $count ->
    [one] { $provider } gives an uncertain value (an interval) on { $criteria }: the ranking counts its midpoint, `--sensitivity` draws it uniformly
   *[other] { $provider } gives uncertain values (intervals) on { $criteria }: the ranking counts their midpoints, `--sensitivity` draws them uniformly
}

# Intervals everywhere (sheets, evaluation files, outputs).
# $min, $max: bounds already written for the language (or a level's name).
intervals-range = { $min }–{ $max }
# A value an offer did not give, in a table cell.
intervals-no-value = —
# A sheet cell holding `min..max`.
intervals-sheet-reversed = { $criterion }: the interval “{ $found }” has its lower bound above its upper bound
intervals-sheet-bad = { $criterion }: expected a number or an interval `min..max`, found “{ $found }”
intervals-sheet-label = expected `min..max`, min ≤ max
intervals-sheet-help = an uncertain value is written `40..60` (two dots between the bounds, min ≤ max; `-5..-2` and `3,5..4,2` work too); the ranking counts its midpoint, `--sensitivity` draws it uniformly
intervals-grid-note = an uncertain figure: write its bounds as 40..60
# The Monte Carlo intro of `rank` when values are drawn too. $values: intervals,
# evaluators or both; $draw: how the weights are drawn.
intervals-samples-intro = { $samples } { $samples ->
    [one] sample
   *[other] samples
} (seed { $seed }) of the { -weights }, { $draw }, and of the uncertain values: { $values ->
    [intervals] each interval drawn uniformly between its bounds
    [evaluators] one evaluator’s value drawn per { -offer } and { -criterion }
   *[both] each interval drawn uniformly between its bounds, and one evaluator’s value drawn per { -offer } and { -criterion } (an evaluator’s interval drawn in turn)
}
intervals-report-note = Share of first places over { $samples } random { $samples ->
    [one] draw
   *[other] draws
} of the { -weights }, { $draw }, and of the uncertain values: { $values ->
    [intervals] each interval drawn uniformly between its bounds
    [evaluators] one evaluator’s value drawn per { -offer } and { -criterion }
   *[both] each interval drawn uniformly between its bounds, and one evaluator’s value drawn per { -offer } and { -criterion } (an evaluator’s interval drawn in turn)
}.
# The workbook's sheet of intervals.
intervals-xlsx-sheet = Intervals
intervals-xlsx-criterion = Criterion
intervals-xlsx-min = Min
intervals-xlsx-midpoint = Midpoint (ranked)
intervals-xlsx-max = Max
intervals-legend = 7–9: an uncertain value (an interval), ranked by its midpoint
