# Glossary: the one word used for each concept, as Fluent terms. Messages use
# them ({ -brief }) so a concept is never named two ways. docs/glossary.md lists
# them side by side with their definitions.

-brief = brief
-briefs = briefs
-finding = finding
-findings = findings
-blocker = blocker
-blockers = blockers
-warning = warning
-warnings = warnings
-info = information
-waiver = waiver
-waivers = waivers
-must-have = must-have criterion
-must-haves = must-have criteria
-offer = offer
-offers = offers
-provider = provider
-criterion = criterion
-criteria = criteria
-weight = weight
-weights = weights
-sensitivity = sensitivity
-coverage = coverage
-readiness = readiness
-questionnaire = questionnaire
-dimension = dimension
-verdict = verdict
-not-applicable = not applicable
