# Erreurs venues d’en dessous : fichiers, dossiers, octets et syntaxe TOML.
# $path est un fichier ou un dossier tel que l’utilisateur l’a écrit.

error-read = impossible de lire { $path }
error-read-folder = impossible de lire le dossier { $path }
error-folder-no-toml = le dossier { $path } ne contient aucun fichier .toml
error-questionnaires-not-folder = --questionnaires : { $path } n’est pas un dossier
error-write = impossible d’écrire { $path }
error-write-folder = impossible d’écrire { $path } : c’est un dossier
error-write-links = impossible d’écrire { $path } : trop de niveaux de liens symboliques
error-write-no-folder = impossible d’écrire { $path } : le dossier { $folder } n’existe pas
error-write-permissions = impossible de conserver les droits de { $path }
error-save = impossible d’enregistrer { $path }
error-output-is-input = -o { $output } : c’est le fichier d’entrée { $input } ; choisissez un autre fichier de sortie
error-invalid-utf8 = le fichier n’est pas en UTF-8 valide
error-invalid-utf8-help = enregistrez le fichier en UTF-8 (les fichiers TOML sont en UTF-8)
error-invalid-utf8-at = { $path }:{ $line }:{ $column } : le fichier n’est pas en UTF-8 valide
error-toml-syntax = erreur TOML : { $detail }
error-toml-too-deep-help = tables, tableaux ou clés à points trop imbriqués ici ; aucun fichier d’outsource n’a plus de quelques niveaux
error-provider-twice = le { -provider } `{ $provider }` apparaît deux fois
error-provider-twice-first = déjà présent dans { $first }

# Le détail d’une erreur d’entrée-sortie, après la phrase qui nomme le fichier.
io-detail = { "\u00A0" }: { $detail }
io-not-found = fichier ou dossier introuvable
io-permission-denied = permission refusée
io-is-a-directory = c’est un dossier
io-not-a-directory = une partie du chemin n’est pas un dossier
io-already-exists = il existe déjà
io-invalid-data = les données ne sont pas valides
io-storage-full = le disque est plein
io-read-only = le système de fichiers est en lecture seule

## Les diagnostics dans les fichiers (src/diag.rs) : les mots de niveau de
## `erreur[code] : …`, `= aide : …` et `= note : …`. $label est le mot avec son
## code, s’il y en a un ; l’espace insécable précède le deux-points qui suit.

diag-level-error = erreur
diag-level-warning = { -warning }
diag-level-help = aide
diag-level-note = note
diag-label = { $label }{ "\u00A0" }
