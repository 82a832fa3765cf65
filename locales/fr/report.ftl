# La commande `report` : le rapport client (HTML et Markdown) et ses graphiques.
# Glossaire : voir glossary.ftl pour le seul mot retenu pour chaque notion.

report-subtitle = Externalisation de la relation client : rapport de { -readiness }
report-html-title = Rapport de { -readiness }
report-footer = Rédigé avec { $generator }.
report-fact-client = Client
report-fact-sector = Secteur
report-fact-date = Date de l’entretien
report-fact-consultant = Consultant
report-fact-questionnaires = Questionnaires
report-fact-brief = Dossier projet

## Synthèse

report-heading-summary = Synthèse
report-tile-verdict = Verdict
report-tile-score = Score global
report-tile-coverage = Couverture
report-why = Pourquoi :
report-coverage-note = La couverture est la part du { -weight } des questions à laquelle l’entretien a répondu.

## Dimensions

report-radar-title = Maturité par { -dimension }
report-radar-caption = Scores de 0 (centre) à 100 (anneau extérieur) ; un tiret marque une { -dimension } sans réponse.
report-no-dimension = Aucune { -dimension } évaluée.
report-column-dimension = Dimension
report-column-score = Score
report-no-answer = sans réponse

## Constats

report-heading-findings = Constats et recommandations
report-no-finding = Aucun { -finding } : toutes les réponses sont suffisantes.
report-severity-blocker = Points bloquants
report-severity-warning = Points d’attention
report-severity-info = Informations
report-recommendation = Recommandation :
report-risk-accepted = Risque accepté :
report-waived = { -waiver }
report-source = Source :

## Questions ouvertes

report-open-questions-title = Questions encore sans réponse
report-open-questions-note = Elles réduisent la { -coverage } ; y répondre complète l’évaluation.

## Offres

report-heading-offers = Offres des prestataires
report-method = Méthode : { $method }
report-method-ahp = { $method }, { -weights } issus des comparaisons par paires (AHP)
report-no-offer-left = Aucune { -offer } ne passe les { -must-haves }.
report-contributions-title = Score de chaque { -offer }, par { -criterion }
report-bars-share-note = Chaque barre montre la part de chaque { -criterion } dans le score.
report-heading-warnings = Points d’attention du classement
report-heading-excluded = Offres exclues
report-heading-weights = Poids et contributions
report-ahp-consistency = Cohérence AHP :
report-ahp-acceptable = acceptable ({ $threshold } au plus)
report-ahp-too-high = trop élevé (plus de { $threshold }) : revoir les comparaisons par paires
report-lead = { $winner } devance { $runner } de { $margin }.
report-lead-tie = { $winner } et { $runner } sont à égalité.
report-lead-gains = Gains principaux : { $gains }.
report-lead-gains-losses = Gains principaux : { $gains } ; pertes : { $losses }.
report-lead-losses = Pertes : { $losses }.

## Sensibilité

report-shares-title = Part des premières places quand les { -weights } varient
report-sensitivity-note = Part des premières places sur { $samples } { $samples ->
    [one] tirage
   *[other] tirages
} de { -weights } : { $draw }.
report-column-first-places = Premières places
report-column-what-changes = Ce qui change le gagnant
report-threshold-below = sous { $weight } : { $winner } gagne
report-threshold-above = au-delà de { $weight } : { $winner } gagne
report-threshold-none = aucun { -weight } de ce { -criterion } seul ne change le gagnant

## Markdown

report-chart-omitted = Graphique omis sur la sortie standard : écrivez le rapport dans un fichier avec -o pour l’obtenir.
report-colon = { "\u00A0: " }
report-semicolon = { "\u00A0; " }
report-acceptability-title = Acceptabilité des rangs : part des tirages où chaque offre prend chaque rang

## Ce que le client a dit

report-answer = Réponse :
report-note = Note :
report-answer-yes = Oui
report-answer-no = Non
report-answer-none = Aucune de ces options
report-answer-not-applicable = Sans objet
report-heading-answers = Annexe : toutes les réponses
report-answers-note = Les réponses données en entretien, avec les notes du consultant, par { -questionnaire } et { -dimension }.
report-column-question = Question
report-column-answer = Réponse
report-column-note = Note
report-other-criteria = { $count ->
    [one] Autre { -criterion }
   *[other] Autres { -criteria }
} : { $names }
