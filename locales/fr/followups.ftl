# Follow-ups of issues 13 and 16 in the report (helper `followups`).
followups-report-group-ahp = Cohérence AHP des comparaisons entre les groupes de { -criteria } et à l’intérieur de chacun :
followups-report-evaluator-ahp = Ratio de cohérence propre à chaque évaluateur, sur ses seuls jugements (les { -weights } viennent de la moyenne géométrique, élément par élément, de tous leurs jugements) :
