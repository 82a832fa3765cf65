# The `report` command: the client report (HTML and Markdown) and its charts.
# Glossary: see glossary.ftl for the one word used for each concept.

report-subtitle = Customer relations outsourcing: { -readiness } report
report-html-title = Readiness report
report-footer = Written by { $generator }.
report-fact-client = Client
report-fact-sector = Sector
report-fact-date = Interview date
report-fact-consultant = Consultant
report-fact-questionnaires = Questionnaires
report-fact-brief = Brief

## Summary

report-heading-summary = Summary
report-tile-verdict = Verdict
report-tile-score = Overall score
report-tile-coverage = Coverage
report-why = Why:
report-coverage-note = Coverage is the share of the questions' { -weight } that the interview answered.

## Dimensions

report-radar-title = Readiness by { -dimension }
report-radar-caption = Scores from 0 (centre) to 100 (outer ring); a dash marks a { -dimension } with no answer.
report-no-dimension = No { -dimension } was assessed.
report-column-dimension = Dimension
report-column-score = Score
report-no-answer = no answer

## Findings

report-heading-findings = Findings and recommendations
report-no-finding = No { -finding }: every answer is strong enough.
report-severity-blocker = Blockers
report-severity-warning = Warnings
report-severity-info = Information
report-recommendation = Recommendation:
report-risk-accepted = Risk accepted:
report-waived = waived
report-source = Source:

## Open questions

report-open-questions-title = Questions still to answer
report-open-questions-note = They lower the { -coverage }; answer them to complete the assessment.

## Offers

report-heading-offers = Provider offers
report-method = Method: { $method }
report-method-ahp = { $method }, { -weights } from AHP pairwise comparisons
report-no-offer-left = No { -offer } passes the { -must-haves }.
report-contributions-title = Score of each { -offer }, by { -criterion }
report-bars-share-note = Each bar shows each { -criterion }'s share of the score.
report-heading-warnings = Warnings on the ranking
report-heading-excluded = Excluded { -offers }
report-heading-weights = Weights and contributions
report-ahp-consistency = AHP consistency:
report-ahp-acceptable = acceptable (at most { $threshold })
report-ahp-too-high = too high (over { $threshold }): revise the pairwise comparisons
report-lead = { $winner } leads { $runner } by { $margin }.
report-lead-tie = { $winner } and { $runner } tie on score.
report-lead-gains = It gains most on { $gains }.
report-lead-gains-losses = It gains most on { $gains }, and loses on { $losses }.
report-lead-losses = It loses on { $losses }.

## Sensitivity

report-shares-title = Share of first places when the { -weights } vary
report-sensitivity-note = Share of first places over { $samples } random { $samples ->
    [one] weighting
   *[other] weightings
}: { $draw }.
report-column-first-places = First places
report-column-what-changes = What changes the winner
report-threshold-below = under { $weight }: { $winner } wins
report-threshold-above = over { $weight }: { $winner } wins
report-threshold-none = no { -weight } of this { -criterion } alone changes the winner

## Markdown

report-chart-omitted = Chart omitted on standard output: write the report to a file with -o to get it.
# Between a label and its text, and between the items of a list.
report-colon = { ": " }
report-semicolon = { "; " }
report-acceptability-title = Rank acceptability: share of the samples in which each offer takes each rank

## What the client said

report-answer = Answer:
report-note = Note:
report-answer-yes = Yes
report-answer-no = No
report-answer-none = None of these
report-answer-not-applicable = Not applicable
report-heading-answers = Appendix: every answer
report-answers-note = The answers given in the interview, with the consultant's notes, by { -questionnaire } and { -dimension }.
report-column-question = Question
report-column-answer = Answer
report-column-note = Note
report-other-criteria = Other { $count ->
    [one] { -criterion }
   *[other] { -criteria }
}: { $names }
