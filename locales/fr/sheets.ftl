# Les tableurs en entrée et en sortie : les offres lues dans des tableaux .csv,
# .xlsx et .ods (src/load/sheet/), la grille d’offres de `init --offers-workbook`,
# et le classeur du classement de `rank --format xlsx` (src/render/rank/xlsx.rs).

## Lire les offres dans un tableau

sheet-cell = { $file }, feuille { $sheet }, { $cell }
sheet-first-at = première fois en { $place }
sheet-missing-name = cette ligne a des valeurs mais pas de nom de { -provider }
sheet-not-a-number = { $criterion }{ "\u00A0" }: un nombre est attendu, pas «{ "\u00A0" }{ $found }{ "\u00A0" }»
sheet-no-offer = le tableau n’a aucune { -offer }{ "\u00A0" }: aucune ligne sous les en-têtes ne nomme de { -provider }
sheet-empty = le tableau est vide
sheet-layout-help = une ligne par { -provider }{ "\u00A0" }: une première colonne intitulée «{ "\u00A0" }prestataire{ "\u00A0" }», puis une colonne par { -criterion } intitulée par son identifiant ou son nom (voir `outsource init --offers-workbook`)
sheet-duplicate-column = deux colonnes pour «{ "\u00A0" }{ $header }{ "\u00A0" }»
sheet-no-provider-column = pas de colonne de { -provider }{ "\u00A0" }: la première colonne porte un { -criterion }
sheet-no-header = une colonne a des valeurs mais pas d’en-tête
sheet-unknown-column = colonne inconnue «{ "\u00A0" }{ $header }{ "\u00A0" }»{ "\u00A0" }: ni un { -criterion } (identifiant ou nom), ni une remarque sur l’un d’eux, ni «{ "\u00A0" }prestataire{ "\u00A0" }», ni «{ "\u00A0" }source{ "\u00A0" }»
    .help = { -criteria } connus{ "\u00A0" }: { $known }
sheet-csv-not-utf8 = { $path } n’est pas un texte UTF-8{ "\u00A0" }: enregistrez le CSV en «{ "\u00A0" }CSV UTF-8{ "\u00A0" }»
sheet-csv-invalid = impossible de lire { $path } comme CSV à la ligne { $line }{ "\u00A0" }: { $detail }
sheet-unreadable = impossible de lire { $path } comme classeur{ "\u00A0" }: { $detail }
sheet-no-sheet = { $path } n’a aucune feuille
sheet-note-without-value = une remarque sur { $criterion } sans valeur{ "\u00A0" }: elle est ignorée
sheet-header-provider = Prestataire
sheet-note-header = remarque{ "\u00A0" }: { $criterion }

## La grille d’offres (init --offers-workbook)

sheet-grid-name = Offres
sheet-grid-provider-note = Une ligne par { -provider }{ "\u00A0" }: son nom ici, un chiffre dans la colonne de chaque { -criterion } (vide s’il n’est pas proposé), et tout commentaire dans les colonnes de remarques.
sheet-grid-note-id = identifiant{ "\u00A0" }: { $id }
sheet-grid-note-unit = unité{ "\u00A0" }: { $unit }
sheet-grid-note-benefit = plus c’est haut, mieux c’est
sheet-grid-note-cost = plus c’est bas, mieux c’est
sheet-grid-note-min = { -must-have }{ "\u00A0" }: au moins { $min }
sheet-grid-note-max = { -must-have }{ "\u00A0" }: au plus { $max }
sheet-grid-note-required = obligatoire{ "\u00A0" }: une { -offer } sans valeur est exclue
init-workbook-created = { $path } créé{ "\u00A0" }: envoyez-le aux prestataires, puis lancez `outsource rank --criteria { $criteria } { $path }` une fois rempli
init-workbook-exists = { $path } existe déjà{ "\u00A0" }: il est laissé tel quel

## Options de la ligne de commande (src/cli.rs)

cli-rank-arg-output = Fichier à écrire (de façon atomique) au lieu de la sortie standard{ "\u00A0" }; obligatoire pour xlsx
cli-init-arg-offers-workbook = N’écrire que la grille d’{ -offers } à envoyer aux prestataires, dans ce classeur .xlsx
cli-init-arg-criteria = Avec --offers-workbook{ "\u00A0" }: le fichier de { -criteria } [par défaut{ "\u00A0" }: DIR/criteria.toml]

## Squelette de projet (src/scaffold.rs)

init-sector-hint = ecommerce, b2b, utility, dunning… (voir outsource init --sector)

## Le classeur du classement (rank --format xlsx)

xlsx-needs-output = un classeur xlsx n’est pas du texte{ "\u00A0" }: indiquez le fichier à écrire avec `-o classement.xlsx`
xlsx-sheet-ranking = Classement
xlsx-sheet-values = Valeurs
xlsx-sheet-normalised = Valeurs normalisées
xlsx-sheet-contributions = Contributions
xlsx-sheet-excluded = Exclusions
xlsx-sheet-weights = Poids
xlsx-sheet-sensitivity = Sensibilité
xlsx-sheet-acceptability = Acceptabilité
xlsx-sheet-warnings = Points d’attention
xlsx-rank = Rang
xlsx-provider = Prestataire
xlsx-score = Score
xlsx-tied = Ex aequo
xlsx-missing = Valeurs manquantes
xlsx-source = Source
xlsx-total = Total
xlsx-criterion = Critère
xlsx-id = Identifiant
xlsx-weight = Poids
xlsx-direction = Sens
xlsx-benefit = plus c’est haut, mieux c’est
xlsx-cost = plus c’est bas, mieux c’est
xlsx-unit = Unité
xlsx-min = Minimum
xlsx-max = Maximum
xlsx-required = Obligatoire
xlsx-price = Prix
xlsx-yes = oui
xlsx-no = non
xlsx-code = Code
xlsx-value = Valeur
xlsx-bound = Seuil
xlsx-reason = Motif
xlsx-message = Message
xlsx-new-weight = Poids qui change le gagnant
xlsx-change = Écart
xlsx-new-winner = Nouveau gagnant
xlsx-first-place = Part des premières places
xlsx-best-rank = Meilleur rang
xlsx-worst-rank = Pire rang
xlsx-mean-rank = Rang moyen
xlsx-rank-share = Part au rang { $rank }
xlsx-method = Méthode{ "\u00A0" }: { $method }
xlsx-missing-note = aucune valeur donnée{ "\u00A0" }: comptée comme la pire valeur des { -offers } classées
xlsx-normalised-weighted-sum = valeurs normalisées min-max (0 pour la pire { -offer } classée, 1 pour la meilleure)
xlsx-normalised-topsis = valeurs normalisées par vecteur (chaque valeur divisée par la norme euclidienne de sa colonne)
xlsx-samples = { $samples } tirages, graine { $seed }{ "\u00A0" }: { $distribution }
