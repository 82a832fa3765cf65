# La ligne de commande : `--help`, erreurs d’utilisation et pages de manuel.
# Identifiants : cli-<sous-commande>-about, cli-<sous-commande>-arg-<argument> ;
# un argument commun à toutes les sous-commandes est cli-arg-<argument>.

cli-about = Décider s’il faut externaliser la relation client, comment et à qui
cli-long-about = Décider s’il faut externaliser la relation client, comment et à qui.

    Mener l’entretien avec un client sur les listes de contrôle de { -readiness },
    vérifier des { -briefs } en intégration continue, et classer les { -offers }
    des { -provider }s selon des { -criteria } pondérés.
cli-heading-usage = Utilisation :
cli-heading-options = Options{ "\u00A0" }
cli-heading-arguments = Arguments{ "\u00A0" }
cli-heading-commands = Commandes{ "\u00A0" }

cli-arg-lang = Langue des messages [par défaut : le français quand LC_ALL, LC_MESSAGES ou LANG commence par « fr », sinon l’anglais]
cli-arg-questionnaires-dir = Dossier de fichiers de { -questionnaire } qui complètent ceux fournis (même identifiant : le fichier l’emporte)
cli-arg-color = Quand utiliser les couleurs [par défaut : auto, c’est-à-dire seulement dans un terminal et sans NO_COLOR]
cli-arg-quiet = N’afficher que l’essentiel (le résultat, les erreurs)
cli-arg-verbose = Afficher plus de détails (chaque réponse, les données des formules)
cli-arg-help = Afficher l’aide
cli-arg-version = Afficher la version
cli-arg-min-score = Échouer quand le score global est inférieur à N (de 0 à 100) [par défaut : 50]
cli-arg-min-coverage = Échouer quand la part du { -weight } des questions qui a une réponse est inférieure à celle-ci (de 0 à 1) [par défaut : 0,7]
cli-arg-format = Format de sortie
cli-arg-method = Méthode de classement [par défaut : la `method` du fichier de { -criteria }, sinon weighted-sum]
cli-arg-samples = Nombre de tirages Monte-Carlo des { -weights } pour --sensitivity

cli-interview-about = Mener l’entretien avec un client, en enregistrant chaque réponse dans un fichier de { -brief }
cli-interview-arg-brief = Fichier de { -brief } à écrire (et à reprendre s’il existe)
cli-interview-arg-questionnaire = { -questionnaire } à poser, par identifiant ; à répéter pour plusieurs [par défaut : ten-questions puis ten-mistakes]
cli-interview-arg-review = Reprendre toutes les questions, avec la réponse actuelle comme valeur par défaut

cli-check-about = Évaluer des { -briefs } sans terminal ; code de sortie 1 quand l’un n’est pas prêt
cli-check-arg-briefs = Fichiers de { -brief }, ou dossiers dont tous les { -briefs } *.toml sont vérifiés
cli-check-arg-fail-on = Gravité la plus basse d’un { -finding } sans { -waiver } qui fait échouer la vérification

cli-rank-about = Classer les { -offers } des { -provider }s selon des { -criteria } pondérés
cli-rank-arg-criteria = Fichier de { -criteria } ({ -weights } ou comparaisons AHP, seuils des { -must-haves })
cli-rank-arg-offers = Fichiers d’{ -offer } (TOML, ou tableaux .csv, .xlsx, .ods), ou dossiers dont toutes les { -offers } *.toml sont lues
cli-rank-arg-sensitivity = Dire aussi à quel point le classement résiste aux changements de { -weights }
cli-rank-arg-seed = Graine du tirage Monte-Carlo (même graine, même résultat)

cli-report-about = Écrire un rapport HTML ou Markdown pour un client
cli-report-arg-brief = Le { -brief }
cli-report-arg-criteria = Fichier de { -criteria }, pour ajouter le classement des { -offers } au rapport
cli-report-arg-offers = Fichiers ou dossiers d’{ -offers } (avec --criteria)
cli-report-arg-sensitivity = Ajouter l’analyse de { -sensitivity } aux { -weights } (avec --criteria)
cli-report-arg-seed = Graine du tirage Monte-Carlo
cli-report-arg-output = Fichier à écrire [par défaut : la sortie standard]

cli-questionnaires-about = Lister les questionnaires disponibles

cli-validate-about = Valider des fichiers de { -questionnaire }, de { -brief }, de { -criteria } et d’{ -offers }
cli-validate-arg-files = Fichiers ou dossiers à valider ; le type de chaque fichier se déduit de ses clés

cli-init-about = Créer un dossier de projet : un { -brief }, des modèles de { -criteria } et d’{ -offers }
cli-init-arg-dir = Dossier à créer ou à compléter ; les fichiers existants ne sont jamais écrasés
cli-init-arg-sector = Le secteur du client, qui choisit les questionnaires [par défaut : ten-questions et ten-mistakes seulement]

cli-diff-about = Montrer les progrès entre deux { -briefs } d’un même client
cli-diff-arg-old = Le { -brief } le plus ancien
cli-diff-arg-new = Le { -brief } le plus récent du même client, évalué avec les mêmes questionnaires

cli-completions-about = Écrire un script de complétion pour le shell sur la sortie standard
cli-completions-long-about = Écrire un script de complétion pour le shell sur la sortie standard

    Enregistrez-le là où votre shell charge les complétions, par exemple :
    {"  "}outsource completions bash > ~/.local/share/bash-completion/completions/outsource
    {"  "}outsource completions zsh > ~/.zfunc/_outsource    (avec fpath+=~/.zfunc avant compinit)
    {"  "}outsource completions fish > ~/.config/fish/completions/outsource.fish
    {"  "}outsource completions powershell >> $PROFILE
cli-completions-arg-shell = Le shell à compléter

cli-man-about = Écrire une page de manuel (roff) sur la sortie standard
cli-man-arg-subcommand = Écrire la page de cette sous-commande (outsource-SOUS-COMMANDE(1)) au lieu d’outsource(1)

cli-schema-about = Écrire le schéma JSON d’un format de fichier sur la sortie standard
cli-schema-arg-kind = Le format de fichier

cli-default = [par défaut : { $value }]
cli-possible-values = [valeurs possibles : { $values }]
cli-help-about = Afficher ce message ou l’aide des sous-commandes données

# Pourquoi une valeur est refusée (après « valeur invalide … pour … »).
cli-expected-score = un nombre de 0 à 100 est attendu
cli-expected-share = un nombre de 0 à 1 est attendu

# Erreurs d’utilisation : clap les trouve, ces messages les disent.
cli-error-invalid-value = valeur invalide `{ $value }` pour `{ $arg }`
cli-error-possible-values = valeurs possibles : { $values }
cli-error-unknown-argument = argument inattendu `{ $arg }`
cli-error-suggestion = astuce : vouliez-vous dire { $suggestion } ?
cli-error-missing-argument = arguments obligatoires manquants : { $args }
cli-error-unknown-subcommand = sous-commande inconnue `{ $subcommand }`
cli-error-conflict = l’argument `{ $arg }` ne peut pas être utilisé avec `{ $other }`
cli-error-value-count = mauvais nombre de valeurs pour `{ $arg }`
cli-error-missing-subcommand = une sous-commande est obligatoire
cli-error-other = ligne de commande invalide
cli-error-more = Pour en savoir plus, essayez `--help`.

## validate

validate-ok = ok { $path } : { $summary }
validate-unknown-kind = impossible de dire quel type de fichier c’est
validate-unknown-kind-help = un { -questionnaire } a des [[question]], un { -brief } a [project] ou [answers], des { -criteria } ont des [[criterion]], une { -offer } a name et [scores] ou des [[provider]]
validate-ahp = , RC AHP { $cr }
validate-ahp-inconsistent = , RC AHP { $cr }, au-dessus de { $limit } : revoyez les comparaisons
validate-criteria = { -criteria }, { $count ->
    [one] { $count } { -criterion }
   *[other] { $count } { -criteria }
}{ $ahp }
validate-questionnaire = { -questionnaire } `{ $id }`, { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
validate-brief = { -brief }, { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}
validate-offers-checked = , vérifiées avec { $criteria }
validate-offers = { -offers }, { $count ->
    [one] { $count } { -provider }
   *[other] { $count } { -provider }s
}{ $checked }

## init

init-skipped = ignoré { $path } : il existe déjà
init-nothing = rien à créer : tous les fichiers du projet existent déjà dans { $dir }
init-created = créé { $path }
init-questionnaires = questionnaires : { $ids }
init-next = ensuite :
    {"  "}outsource interview --brief { $brief }    # répondre aux questionnaires
    {"  "}outsource check { $brief }
    {"  "}outsource rank --criteria { $criteria } { $offers }    # une fois les { -offers } notées
init-project-name = Externalisation de la relation client
init-provider = Prestataire { $letter }

## questionnaires, schema, rank

questionnaires-column-id = Id
questionnaires-column-title = Titre
questionnaires-column-questions = Questions
questionnaires-column-dimensions = Dimensions
questionnaires-hint = Posez-les avec `outsource interview --questionnaire ID` ; `--format json` liste chaque question.
schema-hint = astuce : commencez un fichier TOML par `#:schema CHEMIN/{ $name }.schema.json` pour que les éditeurs basés sur taplo le complètent et le vérifient
rank-nothing-left = aucune { -offer } ne passe les { -must-haves } (voir les exclusions ci-dessus)
rank-csv-excluded = exclue : { $provider } : { $reasons }
rank-csv-warning = { -warning }[{ $code }] : { $message }
init-suggested = décommentez pour l’ajouter : { $title }
cli-arg-weight-model = Comment --sensitivity tire les { -weights } : autour des { -weights } donnés, sans préférence, ou seulement leur ordre
cli-arg-spread = Avec --weight-model around : chaque { -weight } multiplié par un facteur uniforme dans [1-X ; 1+X]

## Pages de manuel (src/commands/man.rs) : les noms de section de clap_mangen, remplacés.

man-manual = Commandes utilisateur
man-section-name = NOM
man-section-synopsis = SYNOPSIS
man-section-description = DESCRIPTION
man-section-options = OPTIONS
man-section-extra = COMPLÉMENTS
man-section-version = VERSION
man-section-authors = AUTEURS
man-no-subcommand = pas de sous-commande `{ $name }`
    { "  " }aide : attendu : { $names }

## Complétions (src/commands/completions.rs)

completions-hint = astuce : enregistrez ce script là où votre shell charge les complétions (voir `outsource completions --help`)

## L’aide de chaque valeur dans `--help` (src/cli.rs `value_list`) :
## `cli-CMD-value-ARG-VALEUR` pour une sous-commande, `cli-value-ARG-VALEUR` pour
## toutes. $pad aligne les aides.

cli-possible-values-heading = Valeurs possibles :
cli-value-item = - { $name } :{ $pad } { $help }
cli-check-value-format-human = Tableaux, { -findings } avec la ligne du { -brief }, le { -verdict }
cli-check-value-format-json = Un document JSON
cli-check-value-format-github = Annotations de workflow GitHub Actions
cli-check-value-format-junit = XML JUnit, un cas de test par question
cli-check-value-format-sarif = SARIF 2.1.0 pour les tableaux de bord d’analyse de code
cli-check-value-format-codequality = GitLab Code Quality (JSON Code Climate) pour les merge requests
cli-validate-value-format-human = Chaque problème avec sa ligne citée et un caret
cli-validate-value-format-short = Une ligne par problème : `fichier:ligne:colonne: erreur[code] : message`
cli-diff-value-format-human = Scores avant et après, { -findings } résolus et nouveaux, réponses changées
cli-diff-value-format-json = Un document JSON
cli-rank-value-method-all = Toutes les méthodes côte à côte : où elles divergent sur le premier et sur les rangs
cli-rank-value-aggregate-mean = La moyenne des valeurs des évaluateurs
cli-rank-value-aggregate-median = La médiane des valeurs des évaluateurs (moins sensible à une valeur isolée)
cli-report-value-aggregate-mean = La moyenne des valeurs des évaluateurs
cli-report-value-aggregate-median = La médiane des valeurs des évaluateurs (moins sensible à une valeur isolée)
cli-value-method-weighted-sum = Normalisation min-max, puis la somme pondérée
cli-value-method-topsis = Proximité de l’{ -offer } idéale (Hwang et Yoon)
cli-value-weight-model-around = Chaque { -weight } donné multiplié par un facteur uniforme indépendant (voir --spread)
cli-value-weight-model-no-preference = Uniforme parmi tous les vecteurs de poids : aucune préférence
cli-value-weight-model-ordinal = Seul l’ordre des { -weights } donnés est gardé
# Chaque langue par son propre nom.
cli-value-lang-fr = Français
cli-value-lang-en = English
cli-value-sector-ecommerce = Boutique en ligne : ten-questions, ten-mistakes, ecommerce-peaks
cli-value-sector-b2b = Entre entreprises : ten-questions, ten-mistakes, customer-service-steps
cli-value-sector-utility = Service public (eau, énergie…) : ten-questions, ten-mistakes, customer-service-steps
cli-value-sector-dunning = Relance des factures impayées : invoice-dunning, customer-service-steps, ten-mistakes
cli-value-kind-questionnaire = questionnaires/*.toml
cli-value-kind-brief = Un { -brief } (examples/*.toml)
cli-value-kind-criteria = Des { -criteria } pondérés pour classer des { -offers } (examples/criteria.toml)
cli-value-kind-offer = L’{ -offer } d’un { -provider } (examples/offers/*.toml)
