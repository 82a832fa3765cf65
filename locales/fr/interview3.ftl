# Messages ajoutés par les corrections du second essai de l’entretien.

## Avant la première question (src/commands/interview/mod.rs)

interview3-folder-missing = le dossier { $folder } n’existe pas, { $path } ne peut donc pas y être enregistré : créez le dossier ou choisissez un autre fichier avec --brief
interview3-folder-not-writable = impossible d’écrire dans le dossier { $folder } ({ $error }), { $path } ne peut donc pas y être enregistré : choisissez un autre fichier avec --brief

## Aux invites (src/prompt/)

# Au-dessus d’une liste dont la réponse actuelle est « sans objet » (aucun choix ne la montre).
interview3-list-not-applicable = Actuellement : { -not-applicable } ({ $reason }). Entrée le garde ; choisissez une réponse pour le changer.

## Nombres hors bornes (src/interview/number.rs) et leurs bornes dans l’aide
## (src/prompt/mod.rs). L’unité vient du questionnaire, au pluriel seulement :
## après un nombre au singulier ($count, règles de pluriel CLDR : 0 et 1), elle
## est nommée à part.

interview3-number-below-minimum = { $shown } est inférieur au minimum, { $count ->
        [one] { $bound } (unité : { $unit })
       *[other] { $bound } { $unit }
    }
interview3-number-above-maximum = { $shown } est supérieur au maximum, { $count ->
        [one] { $bound } (unité : { $unit })
       *[other] { $bound } { $unit }
    }
interview3-range-between = de { $min } à { $count ->
        [one] { $max } (unité : { $unit })
       *[other] { $max } { $unit }
    }
interview3-range-from = { $count ->
        [one] { $min } ou plus (unité : { $unit })
       *[other] { $min } { $unit } ou plus
    }
interview3-range-up-to = jusqu’à { $count ->
        [one] { $max } (unité : { $unit })
       *[other] { $max } { $unit }
    }

# Un nombre que le dossier ne pourrait pas garder tel que tapé (plus de chiffres
# qu’un nombre à virgule flottante n’en tient).
interview3-number-not-exact = `{ $typed }` a trop de chiffres pour être gardé tel quel : 15 chiffres significatifs au plus

# Cocher une option qui est une réponse à elle seule quand d’autres sont cochées.
interview3-alone-untick-others = « { $label } » est une réponse à elle seule : décochez d’abord les autres options
# Cocher une option quand une réponse à elle seule est cochée.
interview3-alone-untick-it = « { $label } » est cochée et est une réponse à elle seule : décochez-la d’abord
# Les touches de la liste ; $keys est la plage des chiffres qui choisissent une option (1-4, ou 1).
interview3-footer-choose = ↑↓ ou { $keys } choisir, Entrée valide
interview3-footer-tick = ↑↓ déplacer, Espace ou { $keys } cocher, Entrée valide
