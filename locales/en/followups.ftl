# Follow-ups of issues 13 and 16 in the report (helper `followups`).
# Before the consistency lines of the criteria groups' AHP matrices (as `rank` writes them).
followups-report-group-ahp = AHP consistency of the comparisons between and inside the groups of { -criteria }:
# Before each evaluator's own consistency ratio (AHP judgements with `by`).
followups-report-evaluator-ahp = Each evaluator’s own consistency ratio, from their judgements alone (the { -weights } come from the element-wise geometric mean of all their judgements):
