# Valeurs incertaines : `{ min, max }` (issue 16).
intervals-with-value = la note `{ $key }` donne un intervalle (`min`, `max`) avec `value` ou `by` : n’en garder qu’un
intervals-one-bound = note `{ $key }` : un intervalle demande à la fois `min` et `max`
intervals-reversed = note `{ $key }` : `min` est plus grand que `max`
intervals-help = écrire une valeur incertaine avec `min = 3.9` et `max = 4.3` dans une table en ligne, avec min ≤ max ; le classement compte son milieu
rank-warning-uncertain = { $count ->
    [one] { $provider } donne une valeur incertaine (un intervalle) sur { $criteria } : le classement compte son milieu, `--sensitivity` la tire uniformément
   *[other] { $provider } donne des valeurs incertaines (des intervalles) sur { $criteria } : le classement compte leurs milieux, `--sensitivity` les tire uniformément
}

# Intervals everywhere (sheets, evaluation files, outputs).
intervals-range = { $min }–{ $max }
intervals-no-value = —
intervals-sheet-reversed = { $criterion } : l’intervalle « { $found } » a sa borne basse au-dessus de sa borne haute
intervals-sheet-bad = { $criterion } : un nombre ou un intervalle `min..max` est attendu, pas « { $found } »
intervals-sheet-label = `min..max` attendu, min ≤ max
intervals-sheet-help = une valeur incertaine s’écrit `40..60` (deux points entre les bornes, min ≤ max ; `-5..-2` et `3,5..4,2` conviennent aussi) ; le classement compte son milieu, `--sensitivity` la tire uniformément
intervals-grid-note = un chiffre incertain : écrire ses bornes sous la forme 40..60
intervals-samples-intro = { $samples } { $samples ->
    [one] tirage
   *[other] tirages
} (graine { $seed }) des { -weights }, { $draw }, et des valeurs incertaines : { $values ->
    [intervals] chaque intervalle tiré uniformément entre ses bornes
    [evaluators] la valeur d’un évaluateur tirée par { -offer } et par { -criterion }
   *[both] chaque intervalle tiré uniformément entre ses bornes, et la valeur d’un évaluateur tirée par { -offer } et par { -criterion } (l’intervalle d’un évaluateur tiré à son tour)
}
intervals-report-note = Part des premières places sur { $samples } { $samples ->
    [one] tirage
   *[other] tirages
} des { -weights }, { $draw }, et des valeurs incertaines : { $values ->
    [intervals] chaque intervalle tiré uniformément entre ses bornes
    [evaluators] la valeur d’un évaluateur tirée par { -offer } et par { -criterion }
   *[both] chaque intervalle tiré uniformément entre ses bornes, et la valeur d’un évaluateur tirée par { -offer } et par { -criterion } (l’intervalle d’un évaluateur tiré à son tour)
}.
intervals-xlsx-sheet = Intervalles
intervals-xlsx-criterion = Critère
intervals-xlsx-min = Min
intervals-xlsx-midpoint = Milieu (classé)
intervals-xlsx-max = Max
intervals-legend = 7–9 : une valeur incertaine (un intervalle), classée par son milieu
