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

## Communs à tous les types de fichier (src/validate/common.rs, src/validate/mod.rs)

validate-not-a-number = `{ $key }` doit être un nombre fini, pas { $found }
    .label = un nombre est attendu
validate-found-string = la chaîne « { $value } »
validate-found-array = un tableau
validate-found-table = une table
validate-unknown-criterion = { -criterion } inconnu `{ $id }`
    .help = { -criteria } connus : { $known }
validate-missing-translation = `{ $key }` n’a pas de traduction : { $missing }
    .label = attendu : `fr` et `en`
validate-invalid-text-translated = `{ $key }` doit être une table avec `fr` et `en`
validate-invalid-text-plain = `{ $key }` doit être une chaîne, ou une table avec `fr` et `en`
validate-invalid-text = un texte en français et en anglais est attendu
validate-invalid-id = `{ $id }` n’est pas un identifiant valide
    .label = attendu : minuscules, chiffres et tirets (kebab-case)

## Fichiers de critères (src/validate/criteria/)

validate-unknown-method = méthode inconnue `{ $method }`
    .help = utilisez "weighted-sum" ou "topsis"
validate-criteria-empty = le fichier de { -criteria } est vide
validate-no-criterion = le fichier de { -criteria } n’a aucun `[[criterion]]`
    .help = ajoutez des entrées `[[criterion]]` avec `id`, `name` et `weight`
validate-criterion-without-id = { -criterion } sans `id`
validate-duplicate-criterion = le { -criterion } `{ $id }` est défini deux fois
    .label = déjà défini ligne { $line }
validate-unknown-direction = sens inconnu `{ $direction }`
    .help = utilisez "benefit" (plus c’est mieux) ou "cost" (moins c’est mieux)
validate-weight-and-ahp = un `weight` ne peut pas être donné avec des comparaisons `[ahp]`
    .help = retirez les { -weights }, ou la table `[ahp]`
validate-criterion-missing-weight = le { -criterion } `{ $id }` n’a pas de `weight`
    .help = donnez un `weight` positif, ou des comparaisons `[ahp] comparisons`
validate-criterion-weight-not-positive = le { -weight } de `{ $id }` doit être supérieur à 0, pas { $value }
    .help = retirez le { -criterion } plutôt que de lui donner un { -weight } nul
validate-criterion-min-above-max = `min` ({ $min }) dépasse `max` ({ $max }) pour `{ $id }` : aucune { -offer } ne peut passer

## Comparaisons AHP (src/validate/criteria/ahp.rs, src/ranking/ahp.rs)

validate-ahp-too-many = AHP est limité ici à { $limit } { -criteria }, le fichier en a { $count }
    .help = regroupez des { -criteria }, ou donnez des { -weights } directs
validate-ahp-bad-comparison = une comparaison s’écrit ["a", "b", valeur]
    .help = par ex. ["price", "quality", 3] : le prix compte 3 fois plus que la qualité
validate-ahp-not-an-id = un id de { -criterion } (une chaîne) est attendu
validate-ahp-out-of-range = la valeur { $value } sort de l’échelle de Saaty, de 1/9 à 9
    .help = 1 = aussi important, 3 un peu, 5 nettement, 7 très nettement, 9 extrêmement plus important ; 1/3 = 0,333 pour l’inverse
validate-ahp-self-comparison = `{ $id }` est comparé à lui-même
validate-ahp-duplicate-pair = la paire `{ $a }` / `{ $b }` est comparée deux fois
    .label = déjà comparée ligne { $line }
    .help = donnez chaque paire une seule fois, dans un sens ou dans l’autre
validate-ahp-missing-pairs = { $count } { $count ->
    [one] paire non comparée
   *[other] paires non comparées
} : { $pairs }
    .help = { $criteria } { -criteria } demandent { $comparisons } comparaisons, une par paire
ahp-error-too-many-criteria = AHP traite au plus { $limit } { -criteria }, pas { $count }
ahp-error-missing-pair = aucune comparaison entre `{ $a }` et `{ $b }`
ahp-error-invalid-value = la valeur de comparaison { $value } n’est pas un nombre positif
ahp-error-not-converged = les { -weights } AHP n’ont pas convergé en { $iterations } itérations

## Fichiers de questionnaire (src/validate/questionnaire/)

validate-missing-source = `source` est vide
    .label = attendu : le titre de l’article
validate-no-question = le { -questionnaire } n’a aucune question
    .help = ajoutez au moins une table `[[question]]`
validate-duplicate-question = l’identifiant de question `{ $id }` est utilisé deux fois
    .label = seconde utilisation
validate-not-for-kind = `{ $key }` ne s’applique pas aux questions `{ $kind }`
    .help = supprimez-la
validate-unknown-dimension = la question `{ $question }` utilise la { -dimension } non déclarée `{ $dimension }`
    .label = attendu : { $known }
    .help = déclarez-la dans la table `[dimensions]`
validate-question-missing-weight = la question `{ $question }` n’a pas de `weight`
    .help = ajoutez `weight = 1` (ou plus pour une question importante)
validate-question-weight-not-positive = le { -weight } de `{ $question }` doit être supérieur à 0
    .label = attendu : un nombre > 0
validate-missing-severity = la question `{ $question }` n’a pas de `severity`
    .help = dites ce que signifie une réponse faible : severity = "blocker", "warning" ou "info"
validate-missing-recommendation = la question `{ $question }` n’a pas de `recommendation`
    .help = ajoutez recommendation.fr = "…" et recommendation.en = "…" : que faire d’une réponse faible
validate-missing-levels = la question d’échelle `{ $question }` n’a pas de `levels`
    .help = ajoutez levels = [ … ] avec 5 libellés, du niveau 0 (le pire) au niveau 4 (le meilleur)
validate-wrong-level-count = la question d’échelle `{ $question }` a { $count } niveaux
    .label = attendu : 5 libellés, pour les niveaux 0 à 4
validate-wrong-score-count = `scores` de `{ $question }` a { $count } valeurs
    .label = attendu : 5 scores, un par niveau
validate-too-few-options = la question `{ $question }` a moins de 2 options
validate-missing-options = la question `{ $question }` n’a pas d’options
    .help = ajoutez des tables [[question.option]] avec id, label et score
validate-reserved-id = `{ $id }` est réservé aux réponses sans objet
validate-duplicate-option = l’identifiant d’option `{ $id }` est utilisé deux fois dans `{ $question }`
