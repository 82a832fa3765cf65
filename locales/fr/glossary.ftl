# Glossaire : le seul mot retenu pour chaque notion, sous forme de termes Fluent.
# Les messages les emploient ({ -brief }) pour qu’une notion n’ait jamais deux
# noms. docs/glossary.md les présente côte à côte avec leur définition.

-brief = dossier projet
-briefs = dossiers projet
-finding = constat
-findings = constats
-blocker = point bloquant
-blockers = points bloquants
-warning = point d’attention
-warnings = points d’attention
-info = information
-waiver = dérogation
-waivers = dérogations
-must-have = critère éliminatoire
-must-haves = critères éliminatoires
-offer = offre
-offers = offres
-provider = prestataire
-criterion = critère
-criteria = critères
-weight = poids
-weights = poids
-sensitivity = sensibilité
-coverage = couverture
-readiness = maturité
-questionnaire = questionnaire
-dimension = dimension
-verdict = verdict
-not-applicable = sans objet
