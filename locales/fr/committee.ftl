## Comités de sélection : échelles et groupes de critères (src/validate/criteria/scale.rs,
## src/validate/criteria/group.rs, src/ranking/scale.rs, src/ranking/group.rs)

committee-scale-unknown-name = échelle inconnue « { $name } »
committee-scale-bad-shape = une `scale` doit être "relative", "lowest-price", ou une table avec `worst` et `best`, avec `points` ou avec `levels`
committee-scale-help = par exemple `scale = "lowest-price"` ; `worst = 0, best = 100` ; `points = [[0, 0], [50, 0.8], [100, 1]]` ; `levels = ["aucun", "basique", "bon", "excellent"]` (chaque table en ligne, entre accolades)
committee-scale-worst-is-best = `worst` et `best` ont la même valeur : l’échelle ne peut pas départager les offres
committee-scale-bad-point = chaque point doit être une paire de nombres `[valeur, utilité]`
committee-scale-utility-range = l’utilité { $value } sort de l’intervalle 0 à 1
committee-scale-not-increasing = les valeurs des points doivent croître strictement : { $value } suit une valeur au moins aussi grande
committee-scale-too-few = une échelle demande au moins deux points ou deux niveaux de valeurs différentes
committee-scale-bad-level = `levels` doit lister les noms des niveaux, du pire au meilleur, ou associer un nombre à chaque nom
committee-scale-duplicate-level = le niveau « { $name } » figure deux fois
committee-scale-direction = `direction = "{ $direction }"` contredit l’échelle { $scale }
    .help = retirez `direction` : l’échelle dit dans quel sens c’est mieux (de `worst` à `best`, le long des points, en montant les niveaux ; un prix est un coût)
committee-unknown-group = groupe inconnu `{ $id }`
    .help = groupes connus : { $known }
    .no-groups = le fichier n’a pas de `[[group]]` : ajoutez-en un avec cet identifiant, ou retirez `group`
committee-group-without-id = un `[[group]]` n’a pas d’`id`
committee-duplicate-group = le groupe `{ $id }` est défini deux fois
committee-group-weight-not-positive = le { -weight } du groupe `{ $id }` doit être supérieur à 0, et non { $value }
committee-missing-group = le { -criterion } `{ $id }` n’appartient à aucun groupe, alors que le fichier en définit
committee-empty-group = le groupe `{ $id }` n’a aucun { -criterion }
    .help = donnez `group = "{ $id }"` à des { -criteria }, ou retirez le groupe
committee-group-weight-and-ahp =
    .help = `[ahp]` compare les groupes : retirez les { -weights } des groupes, ou la table `[ahp]`
committee-group-missing-weight = le groupe `{ $id }` n’a pas de `weight`
    .help = donnez au groupe un `weight` positif, ou comparez les groupes dans `[ahp] comparisons`
committee-unknown-level = « { $level } » n’est pas un niveau de `{ $id }`
    .help = niveaux : { $known }
committee-ahp-among-groups = comparaisons entre les groupes
committee-ahp-inside = comparaisons dans { $group }
committee-warning-ahp-inconsistent = le ratio de cohérence AHP { $cr } des { $matrix } dépasse { $threshold } (indice aléatoire : { $table }) ; revoyez { $pairs }

## Sorties
committee-column-scale = Échelle
committee-column-group = Groupe
committee-column-local-weight = Dans le groupe
committee-scale-relative = relative
committee-scale-linear = fixe : { $worst } → { $best }
committee-scale-points = fixe : { $count } points
committee-scale-levels = fixe : { $levels }
committee-scale-lowest-price = prix le plus bas ÷ prix (relative)
committee-scales-note = Échelles relatives (dépendent des { -offers } comparées) : { $relative }. Échelles fixes (n’en dépendent pas) : { $fixed }.
committee-scales-all-relative = Tous les { -criteria } sont sur une échelle relative : recalculée entre les { -offers } comparées.
committee-none = aucun
committee-groups-heading = Score par groupe (le score de la méthode sur les seuls { -criteria } du groupe, avec leurs { -weights } dans le groupe)
committee-group-members = { $group } ({ $weight }) : { $members }
committee-group-ahp = AHP ({ $matrix }) : lambda_max = { $lambda }, CI = { $ci }, CR = { $cr }, { $consistent ->
    [yes] cohérent
   *[no] NON cohérent (CR > { $threshold })
}
committee-group-thresholds-heading = Sensibilité du gagnant aux { -weights } des groupes (les autres groupes ajustés proportionnellement)
