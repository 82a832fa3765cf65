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
check-verdict-short = { $verdict } (score { $score }/100, { -coverage } { $coverage })
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
check-column-question = Question
check-column-weight = Poids
check-column-answer = Réponse
check-answer-missing = manquante
check-answer-not-applicable = { -not-applicable } ({ $reason })
check-answer-text = texte
check-answer-text-empty = texte, vide
check-answer-not-applicable-short = { -not-applicable }

## La sortie lisible de `diff`, et ses messages.

diff-points = { $value }{ "\u00A0" }pts
diff-trend-better = mieux
diff-trend-same = inchangé
diff-trend-worse = moins bien
diff-yes = oui
diff-no = non
diff-summary = score { $score_then } → { $score_now } ({ $score_delta }), { -coverage } { $coverage_then } → { $coverage_now } ({ $coverage_delta }), { -verdict } { $verdict } ({ $trend })
diff-quiet-line = { $then } → { $now } : { $summary }
diff-then = avant
diff-now = après
diff-section = { $title } ({ $count }) :
diff-section-list = { $title } ({ $count }) : { $ids }
diff-section-resolved = { -findings } résolus
diff-section-new = nouveaux { -findings }
diff-section-waived = { -findings } désormais couverts par une { -waiver }
diff-section-unwaived = { -findings } dont la { -waiver } a été retirée
diff-section-open = { -findings } toujours ouverts
diff-section-answers = réponses modifiées
diff-no-answer-changed = aucune réponse n’a changé
diff-answer = { $question } : { $then } → { $now }
diff-unchanged = { $count ->
    [one] { $count } réponse inchangée
   *[other] { $count } réponses inchangées
}
diff-finding = { $severity } { $question } : { $message }
diff-column-then = Avant
diff-column-now = Après
diff-column-coverage = Couverture
diff-none = (aucun)
diff-mismatch = les deux { -briefs } sont évalués sur des questionnaires différents, leurs scores ne mesurent donc pas la même chose
diff-mismatch-file = { $path } : { $ids }
diff-mismatch-help-old = aide : citez aussi { $ids } dans [project] questionnaires de { $old } ; ses questions sans réponse compteront alors comme manquantes, ce qu’elles étaient
diff-mismatch-help-new = aide : citez aussi { $ids } dans [project] questionnaires de { $new }, ou retirez-le de { $old }
diff-other-client = { -warning } : les { -briefs } citent des clients différents (`{ $old }`, `{ $new }`) ; un diff compare deux évaluations du même client
diff-dates-swapped = { -warning } : { $old } ({ $old_date }) est daté après { $new } ({ $new_date }) ; donnez d’abord le { -brief } le plus ancien

## Formats de CI (src/render/check/{summary,github,junit,sarif,codequality}.rs) :
## seulement leurs phrases ; leurs clés et identifiants restent ceux des formats.

check-summary-failed = { $failed } { $total ->
        [one] { -brief }
       *[other] { -briefs }
    } sur { $total } en échec.
check-summary-severity = Gravité
check-summary-question = Question
check-summary-line = Ligne
check-summary-finding = Constat
check-summary-status = État
check-status-waived = { -waiver } : { $reason }
check-status-failing = fait échouer
check-status-open = ouvert
check-waived-sentence = Dérogation : { $reason }
check-junit-unanswered = sans réponse
check-github-overflow = { $more } { $more ->
        [one] annotation de plus non affichée
       *[other] annotations de plus non affichées
    } : GitHub en montre { $limit } par étape. Tous les { -findings } sont dans le résumé du job et dans les autres formats de `outsource check`.
check-sarif-verdict-rule = Le { -brief } n’est pas prêt pour l’externalisation
check-sarif-src-root = Le dossier où outsource check a été lancé
check-sarif-stale-rule = Une { -waiver } qui ne couvre aucune réponse faible
