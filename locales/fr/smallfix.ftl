# Messages ajoutés par les petites corrections après l’essai en conditions réelles.
smallfix-negative-price = un prix ne peut pas être négatif : `{ $key }` vaut { $value }
    .label = prix attendu de 0 ou plus
    .help = un prix est un montant payé (une remise le baisse, sans le rendre négatif) ; si ce critère n’est pas un prix, écrivez `price = false` dans le fichier de critères
# « vouliez-vous dire `price` ? » puis les identifiants connus.
smallfix-hint-then-known = { $hint } ({ $known })
# `outsource validate` avec un tableau d’offres et pas exactement un fichier de critères valide.
smallfix-table-several-criteria = un tableau d’offres se lit avec un seul fichier de critères, et { $count } ont été donnés : { $files }
smallfix-table-several-criteria-help = donnez seulement le fichier de critères que ses en-têtes nomment, par exemple `outsource validate { $criteria } { $table }`
smallfix-table-criteria-invalid = non vérifié : le fichier de critères { $criteria } a des erreurs ; corrigez-les, puis validez de nouveau le tableau
# `outsource report` avec un second dossier projet, ou des offres sans --criteria.
smallfix-report-one-brief = le rapport porte sur un seul dossier projet, { $brief }, et { $other } est aussi un dossier projet, pas un fichier d’offres
    Pour comparer les deux dossiers : `outsource diff { $brief } { $other }` ; sinon, un rapport par dossier.
smallfix-report-offers-need-criteria = les offres se classent selon des critères : donnez le fichier de critères avec `--criteria FICHIER`
