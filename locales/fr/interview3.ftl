# Messages ajoutés par les corrections du second essai de l’entretien.

## Avant la première question (src/commands/interview/mod.rs)

interview3-folder-missing = le dossier { $folder } n’existe pas, { $path } ne peut donc pas y être enregistré : créez le dossier ou choisissez un autre fichier avec --brief
interview3-folder-not-writable = impossible d’écrire dans le dossier { $folder } ({ $error }), { $path } ne peut donc pas y être enregistré : choisissez un autre fichier avec --brief

## Aux invites (src/prompt/)

# Au-dessus d’une liste dont la réponse actuelle est « sans objet » (aucun choix ne la montre).
interview3-list-not-applicable = Actuellement : { -not-applicable } ({ $reason }). Entrée le garde ; choisissez une réponse pour le changer.
