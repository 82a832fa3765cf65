# Provenance leftovers (session 3, branch prov2).
# JUnit: a weak answer merged into a linked question's finding (`same-as`).
check-junit-same-as = Same fact as { $link }: counted once, in that question's finding
# The interview, before a question whose `same-as` twin is answered in the brief.
interview-twin-preselected = Same fact as { $question }, which was answered { $answer }: the same answer is pre-selected; Enter confirms it.
interview-twin-choose = Same fact as { $question }, which was answered { $answer }: no answer here says exactly the same; choose one.
# `validate`: a `same-as` target in a questionnaire that is not loaded.
validate-same-as-not-loaded-help = no questionnaire `{ $id }` is loaded: give its file in the same `outsource validate` call, or its folder with --questionnaires
# Several twins answered, not all leading to one answer here: each one, then a choice.
interview-twin-item = { $question }, which was answered { $answer }
interview-twin-separator = ;{" "}
interview-twin-differ = Same fact as { $twins }: choose the answer that fits here.
