# Provenance leftovers (session 3, branch prov2).
# JUnit: a weak answer merged into a linked question's finding (`same-as`).
check-junit-same-as = Même fait que { $link } : compté une seule fois, dans la constatation de cette question
# The interview, before a question whose `same-as` twin is answered in the brief.
interview-twin-preselected = Même fait que { $question }, auquel vous avez répondu { $answer } : la même réponse est présélectionnée ; Entrée la confirme.
interview-twin-choose = Même fait que { $question }, auquel vous avez répondu { $answer } : aucune réponse ici ne dit exactement la même chose ; choisissez-en une.
# `validate`: a `same-as` target in a questionnaire that is not loaded.
validate-same-as-not-loaded-help = aucun questionnaire `{ $id }` n’est chargé : donnez son fichier dans le même appel à `outsource validate`, ou son dossier avec --questionnaires
# Several twins answered, not all leading to one answer here: each one, then a choice.
interview-twin-item = { $question }, auquel vous avez répondu { $answer }
interview-twin-separator = { "\u00A0" };{" "}
interview-twin-differ = Même fait que { $twins } : choisissez la réponse qui convient ici.
