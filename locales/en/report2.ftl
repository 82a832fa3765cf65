# The `report` command: criteria groups and the evaluators' disagreement.

report2-heading-groups = Score per group of criteria
report2-groups-note = Each offer's score on the group's criteria alone, with their weights inside the group (0 to 1).
