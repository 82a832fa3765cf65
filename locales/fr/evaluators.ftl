# Plusieurs évaluateurs, valeurs propres des offres, `rank --method all` (ticket 13).

evaluators-value-and-by = la note `{ $key }` donne à la fois une valeur `value` et les valeurs des évaluateurs `by` : n’en garder qu’une
evaluators-bad-by = note `{ $key }` : `by` doit être une table d’évaluateurs et de leurs valeurs
evaluators-bad-by-help = écrire dans `by` le nom et la valeur de chaque évaluateur, par exemple `by.claire = 4` et `by.malik = 3` dans une table en ligne

evaluators-value-cell-note = chaque case : la valeur donnée par l’offre (unité dans le tableau des critères ; — aucune) · sa contribution
evaluators-value-cell-note-markdown = chaque case : la valeur donnée par l’offre (dans l’unité de la colonne ; — aucune) · sa contribution

evaluators-heading = Désaccords entre évaluateurs
evaluators-intro = { $count ->
    [one] Une valeur a été donnée
   *[other] { $count } valeurs ont été données
} par plusieurs évaluateurs ({ $evaluators }) ; le classement retient leur { $aggregate ->
    [median] médiane
   *[mean] moyenne
}.
evaluators-column-aggregate = { $aggregate ->
    [median] Médiane
   *[mean] Moyenne
}
evaluators-column-range = Min–max
evaluators-column-sd = Écart type
evaluators-scenario = { $kind ->
    [optimistic] En retenant l’évaluateur le plus favorable sur chaque valeur
    [pessimistic] En retenant l’évaluateur le moins favorable sur chaque valeur
    [against-winner] En retenant l’évaluateur le moins favorable sur chaque valeur du gagnant, le plus favorable sur celles des autres
   *[evaluator] En suivant uniquement { $evaluator }
} : { $winner } { $changes ->
    [yes] l’emporte : le gagnant change
   *[no] l’emporte (inchangé)
}
evaluators-no-winner = aucune offre ne passe les critères éliminatoires
evaluators-disputed = Le gagnant repose sur des jugements disputés : une autre lecture des valeurs des évaluateurs donne un autre gagnant.
evaluators-robust = Aucune lecture des valeurs des évaluateurs ne change le gagnant.

evaluators-methods-heading = Classements selon chaque méthode
evaluators-column-moves = Écarts
evaluators-excluded = exclue
evaluators-methods-agree = Les méthodes s’accordent sur le gagnant : { $winner }.
evaluators-methods-differ = Les méthodes désignent des gagnants différents : { $winners }.
evaluators-no-move = Chaque offre garde son rang.
evaluators-moves = Offres dont le rang change : { $offers }.

cli-arg-aggregate = Comment les valeurs de plusieurs évaluateurs n’en font qu’une
cli-rank-arg-method = Méthode de classement, ou `all` pour les comparer côte à côte [par défaut : la méthode `method` du fichier de critères, sinon weighted-sum]

evaluators-missing-name = l’évaluateur n’a pas de nom `name`
evaluators-empty-name = le nom de l’évaluateur est vide
evaluators-by-in-evaluation = note `{ $key }` : un fichier d’évaluation donne la valeur de son évaluateur, sans `by`
evaluators-unknown-provider = aucune offre du classement ne vient de `{ $provider }`
evaluators-known-providers = offres : { $names }
evaluators-plain-and-evaluated = { $provider } donne sa propre valeur pour `{ $criterion }` : { $evaluator } ne peut pas la noter aussi (donner la valeur de l’offre ou celles des évaluateurs, pas les deux)
evaluators-twice = { $evaluator } donne deux fois une valeur pour { $provider } sur `{ $criterion }`
evaluators-summary = évaluation de { $evaluator }, { $count ->
    [one] une valeur
   *[other] { $count } valeurs
}

evaluators-ahp-bad-by = un jugement de plusieurs évaluateurs est une table `by` de noms d’évaluateurs et de valeurs, chacune de 1/9 à 9
evaluators-ahp-not-same = chaque jugement avec `by` doit nommer les mêmes évaluateurs
evaluators-ahp-line = { $evaluator } : ratio de cohérence { $cr }{ $consistent ->
    [yes] {""}
   *[no] {" "}(au-dessus de { $threshold })
}
rank-all-no-xlsx = `--method all` compare les méthodes côte à côte en tableau, JSON, CSV ou Markdown ; pour un classeur, choisissez une méthode (`--method weighted-sum` ou `--method topsis`)
