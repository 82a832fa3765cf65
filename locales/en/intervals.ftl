# Uncertain values: `{ min, max }` (issue 16).
intervals-with-value = score `{ $key }` gives an interval (`min`, `max`) together with `value` or `by`: keep one
intervals-one-bound = score `{ $key }`: an interval needs both `min` and `max`
intervals-reversed = score `{ $key }`: `min` is greater than `max`
intervals-help = write an uncertain value as `min = 3.9` and `max = 4.3` in one inline table, with min ≤ max; the ranking counts its midpoint
rank-warning-uncertain = { $count ->
    [one] { $provider } gives an uncertain value (an interval) on { $criteria }: the ranking counts its midpoint, `--sensitivity` draws it uniformly
   *[other] { $provider } gives uncertain values (intervals) on { $criteria }: the ranking counts their midpoints, `--sensitivity` draws them uniformly
}
