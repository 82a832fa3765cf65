# Les fichiers de brief et d’offre : ce qu’en disent `validate`, `check` et `rank`
# (src/validate/brief/, src/validate/offer.rs). Glossaire : voir glossary.ftl.

## Briefs (src/validate/brief/)

brief-unknown-questionnaire = { -questionnaire } inconnu `{ $id }`
brief-expected-one-of = attendu : { $known }
brief-did-you-mean = vouliez-vous dire `{ $name }` ?
brief-questionnaire-twice = le { -questionnaire } `{ $id }` est cité deux fois
brief-questionnaires-empty = `questionnaires` est vide
brief-questionnaires-empty-help = indiquez des identifiants de { -questionnaire }, par exemple ["ten-questions"], ou retirez la clé
brief-unknown-question = `{ $questionnaire }` n’a pas de question `{ $question }`
brief-unknown-question-help = `outsource questionnaires --format json` liste tous les identifiants
brief-no-questionnaire = le { -brief } ne répond à aucun { -questionnaire } et n’en cite aucun
brief-no-questionnaire-help = ajoutez [project] questionnaires = ["ten-questions"], ou [answers.ten-questions]
brief-empty = le { -brief } n’a ni [project] ni [answers]
brief-empty-help = `outsource interview` écrit un { -brief } pour vous
brief-invalid-date = date invalide
brief-invalid-date-text = date invalide `{ $text }`
brief-invalid-date-label = attendu : AAAA-MM-JJ, un jour qui existe
brief-answer-unknown-key = clé inconnue `{ $key }` dans une réponse
brief-answer-unknown-key-label = attendu : `value`, `note` ou `not-applicable`
brief-note-not-string = `note` doit être une chaîne
brief-answer-conflict = une réponse a à la fois `value` et `not-applicable`
brief-not-applicable-reason = `not-applicable` demande une raison
brief-not-applicable-reason-label = attendu : not-applicable = "pourquoi la question ne s’applique pas"
brief-answer-no-value = la réponse n’a pas de `value`
brief-invalid-answer = réponse invalide à `{ $question }` ({ $kind })
brief-expected = attendu : { $what }
brief-expected-bool = true ou false
brief-expected-level = un niveau de 0 à 4
brief-expected-choice = l’une de : { $ids }
brief-expected-multi = une liste parmi : { $ids }
brief-expected-finite = un nombre fini
brief-expected-between = un nombre de { $min } à { $max }
brief-expected-at-least = un nombre >= { $min }
brief-expected-at-most = un nombre <= { $max }
brief-expected-number-unit = un nombre ({ $unit })
brief-expected-string = une chaîne de caractères
brief-chosen-twice = `{ $option }` est choisi deux fois dans `{ $question }`
brief-chosen-twice-label = chaque option une fois au plus
brief-exclusive-ticked = `{ $option }` ne peut pas être coché avec d’autres options dans `{ $question }`
brief-exclusive-ticked-label = `{ $option }` exclut toute autre option : cochez-le seul
brief-waiver-no-question = la { -waiver } `{ $key }` ne désigne aucune question
brief-waiver-no-question-label = attendu : "id-questionnaire.id-question"
brief-waiver-reason-not-string = la raison d’une { -waiver } doit être une chaîne
brief-waiver-reason-label = attendu : "pourquoi le client accepte ce risque"
brief-waiver-no-reason = une { -waiver } demande une raison

## Offres (src/validate/offer.rs)

offer-mixed-file = un fichier contient soit une { -offer } (`name` et `[scores]`), soit des entrées `[[provider]]`, pas les deux
offer-empty-file = le fichier d’{ -offer } est vide
offer-none = le fichier ne contient aucune { -offer }
offer-none-help = écrivez `name = "…"` et une table `[scores]`, ou des entrées `[[provider]]`
offer-missing-name = { -offer } sans `name`
offer-empty-name = le nom du { -provider } est vide
offer-duplicate-provider = le { -provider } `{ $name }` apparaît deux fois
offer-duplicate-provider-label = déjà présent ligne { $line }
offer-missing-scores = `{ $name }` n’a pas de table `scores`
offer-invalid-score = la note `{ $key }` doit être un nombre, ou une table avec un nombre `value` et un texte `note` facultatif


## Le commentaire en tête d’un dossier projet écrit par l’entretien
## (src/render/brief.rs) ; chaque ligne devient un commentaire TOML.

brief-header =
    Dossier projet écrit par `outsource interview`.
    Vérifiez-le avec `outsource check FICHIER`{ "\u00A0" }; reprenez avec `outsource interview --brief FICHIER`
    (ajoutez --review pour changer des réponses). Vos commentaires ajoutés ici sont conservés.
