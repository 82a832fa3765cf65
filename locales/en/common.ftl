# Messages shared by every command.
# Glossary: see glossary.ftl for the one word used for each concept.

# Before an error printed by the tool, on standard error.
error-prefix = error:
# After the diagnostics of the input files.
input-problems = { $count ->
    [one] { $count } problem in the input files
   *[other] { $count } problems in the input files
}
