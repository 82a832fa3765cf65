# L’évaluation de préparation d’un brief (src/readiness/) : verdicts, leurs raisons,
# et les constats que l’outil écrit lui-même. Glossaire : voir glossary.ftl.

## Verdicts (src/readiness/verdict.rs)

verdict-ready = prêt
verdict-ready-with-conditions = prêt sous conditions
verdict-not-ready = pas prêt

## Pourquoi le verdict n’est pas « prêt »

reason-blockers = { $count } { $count ->
    [one] { -blocker }
   *[other] { -blockers }
} sans { -waiver }
reason-warnings = { $count } { $count ->
    [one] { -warning }
   *[other] { -warnings }
} sans { -waiver }
reason-score-below = score { $score } inférieur à { $threshold }
reason-coverage-below = { -coverage } { $coverage } % inférieure à { $threshold } %
reason-nothing-answered = aucune question notée n’a de réponse

## Constats écrits par l’outil (src/readiness/finding.rs)

finding-stale-waiver = { -waiver } périmée : la réponse à cette question n’est pas faible (ou manque) ; retirez la { -waiver }
finding-stale-waiver-unknown = { -waiver } périmée : elle ne désigne aucune question des { -questionnaire }s évalués
