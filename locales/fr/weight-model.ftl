# Comment --sensitivity tire les poids (src/ranking/smaa/types.rs), tel que le
# classement et le rapport le disent. $low et $high sont déjà écrits pour la langue.

weight-model-around = chaque { -weight } multiplié par un facteur uniforme indépendant dans [{ $low } ; { $high }], puis renormalisé à une somme de 1
weight-model-no-preference = aucune préférence : { -weights } tirés uniformément parmi tous les vecteurs de poids de somme 1
weight-model-ordinal = ordinal : { -weights } tirés uniformément parmi les vecteurs qui gardent l’ordre des poids donnés
