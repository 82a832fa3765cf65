# La commande `rank` : le classement des offres (tableau du terminal, Markdown) et
# les points d’attention et exclusions qu’il porte (repris par le rapport).
# Glossaire : voir glossary.ftl pour le seul mot retenu pour chaque notion.

## Méthodes (src/ranking/method.rs)

rank-method-weighted-sum = somme pondérée des valeurs normalisées min-max
rank-method-topsis = TOPSIS (proximité de l’{ -offer } idéale, Hwang et Yoon)
rank-contributions-weighted-sum = contributions par { -criterion }{ "\u00A0" }: { -weight } × valeur normalisée (leur somme fait le score)
rank-contributions-topsis = contributions par { -criterion }{ "\u00A0" }: écart pondéré à la pire { -offer } sur le { -criterion } (la distance à l’anti-idéal en est la norme euclidienne{ "\u00A0" }; leur somme ne fait pas le score)

## Points d’attention (src/ranking/warning.rs, src/ranking/mod.rs). Les seuils sont
## la pratique de l’outil ; le conseil lui-même vient de l’article cité.

rank-warning-price-share = le prix ({ $criteria }) pèse { $share } du total, au-delà des { $limit } à partir desquels l’outil prévient (pratique de l’outil, pas des articles) : ne choisissez jamais un { -provider } sur le seul prix (article « Comment externaliser le service client ? »)
rank-warning-too-many-criteria = { $count } { $count ->
    [one] { -criterion }
   *[other] { -criteria }
} : au-delà de { $limit } (pratique de l’outil, pas des articles), les { -weights } se fixent mal ; regroupez-en ou retirez-en
rank-warning-ahp-inconsistent = le ratio de cohérence AHP { $cr } dépasse { $threshold } (indice aléatoire : { $table }) ; revoyez { $pairs }
rank-warning-ahp-pair = { $a } / { $b } : { $given } (les { -weights } donnent { $implied })
rank-warning-no-discrimination = toutes les { -offers } classées ont la même valeur pour { $criterion } : ce { -criterion } ne change pas l’ordre
rank-warning-tie-first = ex aequo en première place : { $providers }
rank-warning-no-offer-left = aucune { -offer } ne passe les { -must-haves }
rank-warning-single-offer = une seule { -offer } reste en lice : rien à quoi la comparer
rank-warning-no-values = aucune { -offer } classée ne donne de valeur pour { $criterion } : ce { -criterion } ne départage pas
rank-warning-missing-value = { $provider } ne donne pas de valeur pour { $criteria } : { $count ->
    [one] comptée
   *[other] chacune comptée
} comme la pire (utilité 0 sur une échelle relative, le pire de l’échelle sur une échelle fixe), jamais aussi bien qu’une réponse

## Exclusions (src/ranking/exclusion.rs)

rank-exclusion-missing-required = pas de valeur pour { $criterion }, qui en exige une
rank-exclusion-below-min = { $criterion } = { $value } est sous le minimum { $bound }
rank-exclusion-above-max = { $criterion } = { $value } dépasse le maximum { $bound }

## Le tableau et le Markdown (src/render/rank)

rank-title = Classement des { -offers }
rank-method-line = Méthode : { $method }
rank-no-offer-left = Aucune { -offer } ne passe les { -must-haves }.
rank-column-criterion = Critère
rank-column-name = Nom
rank-column-weight = Poids
rank-column-direction = Sens
rank-column-must-have = Éliminatoire
rank-column-rank = Rang
rank-column-provider = Prestataire
rank-column-score = Score
rank-column-change = Changement
rank-column-smallest-change = Plus petit changement qui change le gagnant
rank-column-new-winner = Nouveau gagnant
rank-column-first-place = Première place
rank-column-best-rank = Meilleur rang
rank-column-worst-rank = Pire rang
rank-direction-benefit = plus = mieux
rank-direction-cost = moins = mieux
rank-must-have-min = min { $value }
rank-must-have-max = max { $value }
rank-must-have-required = valeur exigée
rank-missing-legend = * valeur absente : comptée comme la pire (utilité 0 sur une échelle relative, le pire de l’échelle sur une échelle fixe)
rank-tie-legend = = ex aequo (même score à 1e-9 près, en relatif)
rank-threshold-change = { $change } pts ({ $from } → { $to })
rank-threshold-none = aucun
rank-threshold-none-winner = aucun { -weight } de 0 à 1 ne change le gagnant
rank-ahp = Poids AHP (vecteur propre principal) : lambda_max = { $lambda }, CI = { $ci }, CR = { $cr } (indice aléatoire : { $table }, RI = { $ri }), { $consistent ->
    [yes] cohérent
   *[no] NON cohérent (CR > { $threshold })
}
rank-lead = { $winner } devance { $runner } de { $margin }
rank-lead-gains = { "\u00A0" }; gagne surtout sur { $list }
rank-lead-losses = { "\u00A0" }; perd surtout sur { $list }
rank-excluded-heading = Exclues :
rank-excluded-title = Exclues
rank-excluded-item = { $provider } : { $reasons }
rank-warning-line = { -warning }[{ $code }] : { $message }
rank-warning-item = { $code } : { $message }
rank-warnings-title = Points d’attention
rank-sensitivity-heading = Sensibilité : le plus petit changement d’un { -weight } (les autres remis à l’échelle) qui change le gagnant
rank-sensitivity-title = Sensibilité aux { -weights }
rank-samples-intro = { $samples } { $samples ->
    [one] tirage
   *[other] tirages
} de { -weights } (graine { $seed }) : { $draw }
rank-list-separator = { ", " }
rank-reason-separator = { "\u00A0; " }
rank-column-rank-n = n° { $rank }
rank-column-lower-ranks = Au-delà
rank-column-central-ranks = Central (5–95 %)
rank-column-confidence = Confiance
# $low, $high : rangs aux 5e et 95e centiles.
rank-central-interval = { $low }–{ $high }
rank-confidence-none = –
rank-acceptability-intro = Acceptabilité des rangs (SMAA-2) : part des tirages où chaque offre prend chaque rang ; central = du 5e au 95e centile du rang ; confiance = part des tirages de valeurs où l’offre gagne avec ses { -weights } centraux.
rank-central-weights-intro = Poids centraux : moyenne des { -weights } des tirages où l’offre est première.
