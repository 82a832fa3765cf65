# La sortie lisible de `check`.

check-summary = { $total ->
    [one] { $total } { -brief } vérifié
   *[other] { $total } { -briefs } vérifiés
} : { $passed ->
    [one] { $passed } réussi
   *[other] { $passed } réussis
}, { $failed } en échec
check-title = { $path } : { $facts }
check-unanswered = sans réponse ({ $count }) : { $questions }
# $score et $coverage sont déjà écrits pour la langue (« 68,7 », « 80 % »).
check-verdict = { -verdict } : { $verdict } (score { $score }/100, { -coverage } { $coverage })
check-verdict-reasons = { $line } : { $reasons }
check-reasons-separator = { "\u00A0" };{" "}
check-quiet-line = { $path } : { $line }
check-failed-fail-on = échec : { -findings } sans { -waiver } au niveau de --fail-on
check-column-dimension = Dimension
check-column-score = Score
check-column-answered = Répondu
check-overall = Global
check-level-waived = { -waiver }
check-level-blocker = { -blocker }
check-level-warning = { -warning }
check-level-info = { -info }
check-weak-answer = réponse faible : { $score }
check-this-waiver = cette { -waiver }
check-waived = { -waiver } : { $reason }
check-source = source : { $source }
check-column-question = Question
check-column-weight = Poids
check-column-answer = Réponse
check-answer-missing = manquante
check-answer-not-applicable = { -not-applicable } ({ $reason })
check-answer-text = texte
check-answer-text-empty = texte, vide
