# The `rank` command: the ranking of the offers (terminal table, Markdown) and the
# warnings and exclusions the ranking carries (also shown by the report).
# Glossary: see glossary.ftl for the one word used for each concept.

## Methods (src/ranking/method.rs)

rank-method-weighted-sum = weighted sum of min-max normalised values
rank-method-topsis = TOPSIS (closeness to the ideal { -offer }, Hwang and Yoon)
rank-contributions-weighted-sum = per-{ -criterion } contributions: { -weight } × normalised value (they add up to the score)
rank-contributions-topsis = per-{ -criterion } contributions: weighted gap to the worst { -offer } on the { -criterion } (the distance to the anti-ideal is their Euclidean norm; they do not add up to the score)

## Warnings (src/ranking/warning.rs, src/ranking/mod.rs). The thresholds are the
## tool's practice; the advice itself comes from the article named.

# $criteria: the price criteria's names; $share, $limit: percentages.
rank-warning-price-share = price ({ $criteria }) weighs { $share } of the total, above the { $limit } at which this tool warns (practice, not from the articles): never choose a { -provider } on price alone (article "Comment externaliser le service client ?")
# $limit: the tool's practice, not the articles'.
rank-warning-too-many-criteria = { $count } { -criteria }: beyond { $limit } (practice, not from the articles), the { -weights } are hard to set sensibly; group or drop some
# $pairs: the comparisons furthest from the weights, joined.
rank-warning-ahp-inconsistent = AHP consistency ratio { $cr } is above { $threshold } (random index: { $table }); revisit { $pairs }
rank-warning-ahp-pair = { $a } vs { $b }: { $given } (the { -weights } imply { $implied })
rank-warning-no-discrimination = every ranked { -offer } has the same value for { $criterion }: it does not change the order
rank-warning-tie-first = tie for first place: { $providers }
rank-warning-no-offer-left = no { -offer } passes the { -must-haves }
rank-warning-single-offer = only one { -offer } is left: there is nothing to compare it with
rank-warning-no-values = no ranked { -offer } gives a value for { $criterion }: it does not discriminate
rank-warning-missing-value = { $provider } gives no value for { $criteria }: { $count ->
    [one] counted
   *[other] each counted
} as the worst (a utility of 0 on a relative scale, the scale's worst on a fixed one), never as well as an answer

## Exclusions (src/ranking/exclusion.rs)

rank-exclusion-missing-required = no value for { $criterion }, which requires one
rank-exclusion-below-min = { $criterion } = { $value } is below the minimum { $bound }
rank-exclusion-above-max = { $criterion } = { $value } is above the maximum { $bound }

## The table and Markdown (src/render/rank)

rank-title = Ranking of the { -offers }
rank-method-line = Method: { $method }
rank-no-offer-left = No { -offer } passes the { -must-haves }.
rank-column-criterion = Criterion
rank-column-name = Name
rank-column-weight = Weight
rank-column-direction = Direction
rank-column-must-have = Must-have
rank-column-rank = Rank
rank-column-provider = Provider
rank-column-score = Score
rank-column-change = Change
rank-column-smallest-change = Smallest change that changes the winner
rank-column-new-winner = New winner
rank-column-first-place = First place
rank-column-best-rank = Best rank
rank-column-worst-rank = Worst rank
rank-direction-benefit = more is better
rank-direction-cost = less is better
rank-must-have-min = min { $value }
rank-must-have-max = max { $value }
rank-must-have-required = value required
rank-missing-legend = * no value given: counted as the worst (a utility of 0 on a relative scale, the scale's worst on a fixed one)
rank-tie-legend = = tied (same score within a relative 1e-9)
# $change: signed percentage points; $from, $to: percentages.
rank-threshold-change = { $change } pts ({ $from } → { $to })
rank-threshold-none = none
rank-threshold-none-winner = no { -weight } from 0 to 1 changes the winner
rank-ahp = AHP { -weights } (principal eigenvector): lambda_max = { $lambda }, CI = { $ci }, CR = { $cr } (random index: { $table }, RI = { $ri }), { $consistent ->
    [yes] consistent
   *[no] NOT consistent (CR > { $threshold })
}
rank-lead = { $winner } is ahead of { $runner } by { $margin }
rank-lead-gains = ; gains most on { $list }
rank-lead-losses = ; loses most on { $list }
rank-excluded-heading = Excluded:
rank-excluded-title = Excluded
rank-excluded-item = { $provider }: { $reasons }
rank-warning-line = { -warning }[{ $code }]: { $message }
rank-warning-item = { $code }: { $message }
rank-warnings-title = Warnings
rank-sensitivity-heading = Sensitivity: the smallest change of one { -weight } (the others rescaled) that changes the winner
rank-sensitivity-title = Sensitivity to the { -weights }
rank-samples-intro = { $samples } { $samples ->
    [one] { -weight } sample
   *[other] { -weight } samples
} (seed { $seed }): { $draw }
# Between the items of a list in a sentence (criteria, reasons).
rank-list-separator = { ", " }
rank-reason-separator = { "; " }
rank-column-rank-n = #{ $rank }
rank-column-lower-ranks = Lower
rank-column-central-ranks = Central (5–95%)
rank-column-confidence = Confidence
# $low, $high: ranks at the 5th and 95th percentile.
rank-central-interval = { $low }–{ $high }
rank-confidence-none = –
rank-acceptability-intro = Rank acceptability (SMAA-2): share of the samples in which each offer takes each rank; central = 5th to 95th percentile rank; confidence = share of value draws in which the offer wins with its central { -weights }.
rank-central-weights-intro = Central { -weights }: the mean { -weights } of the samples in which the offer ranks first.
