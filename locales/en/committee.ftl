## Selection committees: scales and groups of criteria (src/validate/criteria/scale.rs,
## src/validate/criteria/group.rs, src/ranking/scale.rs, src/ranking/group.rs)

committee-scale-unknown-name = unknown scale "{ $name }"
committee-scale-bad-shape = a `scale` must be "relative", "lowest-price", or a table with `worst` and `best`, with `points` or with `levels`
committee-scale-help = e.g. `scale = "lowest-price"`; `worst = 0, best = 100`; `points = [[0, 0], [50, 0.8], [100, 1]]`; `levels = ["none", "basic", "good", "excellent"]` (each table inline, between braces)
committee-scale-worst-is-best = `worst` and `best` are the same value: the scale cannot tell offers apart
committee-scale-bad-point = every point must be a pair of numbers `[value, utility]`
committee-scale-utility-range = the utility { $value } is outside 0 to 1
committee-scale-not-increasing = the point values must increase strictly: { $value } comes after a value at least as large
committee-scale-too-few = a scale needs at least two points or two levels of different values
committee-scale-bad-level = `levels` must list level names, worst first, or map each name to a number
committee-scale-duplicate-level = the level "{ $name }" is listed twice
committee-scale-direction = `direction = "{ $direction }"` contradicts the { $scale } scale
    .help = remove `direction`: the scale says which way is better (from `worst` to `best`, along the points, up the levels; a price is a cost)
committee-unknown-group = unknown group `{ $id }`
    .help = known groups: { $known }
    .no-groups = the file has no `[[group]]`: add one with this id, or remove `group`
committee-group-without-id = a `[[group]]` has no `id`
committee-duplicate-group = group `{ $id }` is defined twice
committee-group-weight-not-positive = the { -weight } of group `{ $id }` must be greater than 0, got { $value }
committee-missing-group = { -criterion } `{ $id }` belongs to no group, but the file has groups
committee-empty-group = group `{ $id }` has no { -criterion }
    .help = give some { -criteria } `group = "{ $id }"`, or remove the group
committee-group-weight-and-ahp =
    .help = `[ahp]` compares the groups: remove the groups' { -weights }, or the `[ahp]` table
committee-group-missing-weight = group `{ $id }` has no `weight`
    .help = give the group a positive `weight`, or compare the groups in `[ahp] comparisons`
committee-unknown-level = "{ $level }" is not a level of `{ $id }`
    .help = levels: { $known }
committee-ahp-among-groups = comparisons among the groups
committee-ahp-inside = comparisons inside { $group }
committee-warning-ahp-inconsistent = AHP consistency ratio { $cr } of the { $matrix } is above { $threshold } (random index: { $table }); revisit { $pairs }

## Outputs
committee-column-scale = Scale
committee-column-group = Group
committee-column-local-weight = In group
committee-scale-relative = relative
committee-scale-linear = fixed: { $worst } → { $best }
committee-scale-points = fixed: { $count } points
committee-scale-levels = fixed: { $levels }
committee-scale-lowest-price = lowest price ÷ price (relative)
committee-scales-note = Relative scales (depend on the { -offers } compared): { $relative }. Fixed scales (do not): { $fixed }.
committee-scales-all-relative = Every { -criterion } is on a relative scale: rescaled between the { -offers } compared.
committee-none = none
committee-groups-heading = Score per group (the method's score on the group's { -criteria } alone, with their { -weights } inside the group)
committee-group-members = { $group } ({ $weight }): { $members }
committee-group-ahp = AHP ({ $matrix }): lambda_max = { $lambda }, CI = { $ci }, CR = { $cr }, { $consistent ->
    [yes] consistent
   *[no] NOT consistent (CR > { $threshold })
}
committee-group-thresholds-heading = Sensitivity of the winner to the group { -weights } (the other groups rescaled proportionally)
