# Where a question, option, band or finding comes from (issue 12).
# The citation, without a "Source:" label (the report adds its own).
provenance-article = { $article }, § { $section }
provenance-article-whole = { $article }
provenance-law = { $law }, art. { $article }
provenance-practice = pratique de cet outil, pas d’un article ni d’une loi
provenance-practice-reason = pratique de cet outil, pas d’un article ni d’une loi ({ $reason })
provenance-source = Source : { $cite }
validate-provenance-unknown-kind = `provenance.kind` vaut `{ $kind }` : attendu `article`, `law` ou `practice`
    .label = type inconnu
validate-provenance-missing-section = une provenance `article` demande `section` : le titre ou le passage de l’article où il le dit
    .help = par exemple kind = "article", section = "Quels canaux ?"
validate-provenance-missing-law = une provenance `law` demande `law` (le code ou le règlement) et `article` (son numéro d’article)
    .help = par exemple kind = "law", law = "Code du travail", article = "L1224-1"
validate-provenance-key = `{ $key }` n’appartient pas à une provenance `{ $kind }`
validate-same-as-format = `same-as` vaut `{ $link }` : attendu `questionnaire.question`
validate-same-as-unknown = `same-as` désigne `{ $link }`, qu’aucun questionnaire chargé ne contient
    .help = désignez une question par `id-du-questionnaire.id-de-la-question`, par exemple `ten-mistakes.daily-steering`
validate-same-as-chain = `same-as` désigne `{ $link }`, qui désigne lui-même une autre question : reliez toutes les questions à la même
provenance-same-as = Même fait que { $link } : une seule constatation pour les deux
cli-questionnaires-arg-id = Affiche un questionnaire : chaque question et sa provenance
questionnaires-unknown-id = aucun questionnaire `{ $id }` ; connus : { $known }
provenance-reason-price-share = l’article dit de ne jamais choisir sur le seul prix ({ -steps-article }, Conseils) ; alerter au-delà de la moitié du poids est le seuil de l’outil
provenance-reason-criteria-count = le plafond de 12 critères est celui de l’outil : aucun article ne donne de nombre
provenance-reason-ahp = le ratio de cohérence de 0,10 est la règle habituelle de l’AHP, pas d’un article
provenance-reason-method = un contrôle de la méthode de classement, pas d’un article
-steps-article = Comment externaliser le service client ?
validate-level-severity-key = `level-severity` a la clé `{ $key }` : attendu un niveau de 0 à 4
