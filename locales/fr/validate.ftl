# Les diagnostics de `validate` pour les fichiers de questionnaire et de critères
# (src/validate/questionnaire/, src/validate/criteria/, src/validate/common.rs).
# Glossaire : voir glossary.ftl pour le seul mot retenu pour chaque notion.

## Nombres et textes communs à tous les types de fichier

validate-score-out-of-range = `{ $key }` doit être compris entre 0 et 1, pas { $value }
    .label = attendu : un nombre de 0 à 1

## Questions numériques et leurs tranches (src/validate/questionnaire/band.rs)

validate-missing-unit = la question numérique `{ $question }` n’a pas d’unité (`unit`)
    .help = ajoutez unit.fr = "jours" et unit.en = "days"
validate-no-bands = la question numérique `{ $question }` n’a pas de tranches
    .help = ajoutez des tables [[question.band]] (from, to, score) qui couvrent toutes les valeurs
validate-min-above-max = `min` ({ $min }) est supérieur à `max` ({ $max })
validate-band-empty = la tranche de { $from } à { $to } est vide
    .label = attendu : `from` < `to`
validate-band-uncovered = les valeurs de { $from } à { $to } ne sont couvertes par aucune tranche
validate-band-uncovered-below = les valeurs inférieures à { $from } ne sont couvertes par aucune tranche
validate-band-first-from-help = retirez `from` de la première tranche, ou fixez `min` sur la question
validate-band-gap = les valeurs de { $from } à { $to } ne sont dans aucune tranche
validate-band-overlap = les valeurs de { $from } à { $to } sont dans deux tranches
validate-band-expected-previous = attendu : { $to }, le `to` de la tranche précédente
validate-band-open-inside = seule la première tranche peut omettre `from`, et seule la dernière `to`
validate-band-uncovered-above = les valeurs à partir de { $from } ne sont dans aucune tranche
validate-band-last-to-help = retirez `to` de la dernière tranche (bornez les réponses avec `max` sur la question)
