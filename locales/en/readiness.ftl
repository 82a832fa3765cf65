# The readiness assessment of a brief (src/readiness/): verdicts, the reasons
# behind them, and the findings the tool itself writes. Glossary: see glossary.ftl.

## Verdicts (src/readiness/verdict.rs)

verdict-ready = ready
verdict-ready-with-conditions = ready with conditions
verdict-not-ready = not ready

## Why the verdict is not `ready`

reason-blockers = { $count } unwaived { $count ->
    [one] { -blocker }
   *[other] { -blockers }
}
reason-warnings = { $count } unwaived { $count ->
    [one] { -warning }
   *[other] { -warnings }
}
reason-score-below = score { $score } below { $threshold }
reason-coverage-below = { -coverage } { $coverage }% below { $threshold }%
reason-nothing-answered = no scored question is answered

## Findings the tool writes (src/readiness/finding.rs)

finding-stale-waiver = stale { -waiver }: the answer to this question is not weak (or is missing); remove the { -waiver }
finding-stale-waiver-unknown = stale { -waiver }: it names no question of the assessed { -questionnaire }s
