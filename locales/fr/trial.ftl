# Messages ajoutés par les corrections de l’essai en conditions réelles.
trial-expected-samples = un nombre entier de 1 à 1 000 000 est attendu
trial-error-empty-value = une valeur est attendue pour `{ $arg }`, mais aucune n’a été donnée
trial-or = ou
trial-toml-unknown-key = clé inconnue `{ $name }` ; clés possibles : { $expected }
trial-toml-unknown-value = valeur inconnue `{ $name }` ; valeurs possibles : { $expected }
trial-toml-missing-key = clé obligatoire manquante : `{ $name }`
trial-toml-duplicate-key = clé en double
trial-toml-number-too-large = le nombre { $number } est trop grand
trial-toml-float-too-large = nombre trop grand
# --min-score et --min-coverage hors de `check`, seule commande qui échoue sur eux.
cli-interview-arg-min-score = Le verdict affiché à la fin est « pas prêt » sous ce score global (de 0 à 100) [par défaut : 50]
cli-interview-arg-min-coverage = Le verdict affiché à la fin est « pas prêt » quand la part du { -weight } des questions qui a une réponse est inférieure à celle-ci (de 0 à 1) [par défaut : 0,7]
cli-report-arg-min-score = Le verdict du rapport est « pas prêt » sous ce score global (de 0 à 100) [par défaut : 50]
cli-report-arg-min-coverage = Le verdict du rapport est « pas prêt » quand la part du { -weight } des questions qui a une réponse est inférieure à celle-ci (de 0 à 1) [par défaut : 0,7]
cli-diff-arg-min-score = Les deux verdicts sont « pas prêt » sous ce score global (de 0 à 100) [par défaut : 50]
cli-diff-arg-min-coverage = Les deux verdicts sont « pas prêt » quand la part du { -weight } des questions qui a une réponse est inférieure à celle-ci (de 0 à 1) [par défaut : 0,7]
