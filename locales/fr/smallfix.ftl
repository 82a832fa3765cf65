# Messages ajoutés par les petites corrections après l’essai en conditions réelles.
smallfix-negative-price = un prix ne peut pas être négatif : `{ $key }` vaut { $value }
    .label = prix attendu de 0 ou plus
    .help = un prix est un montant payé (une remise le baisse, sans le rendre négatif) ; si ce critère n’est pas un prix, écrivez `price = false` dans le fichier de critères
# « vouliez-vous dire `price` ? » puis les identifiants connus.
smallfix-hint-then-known = { $hint } ({ $known })
