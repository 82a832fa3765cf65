# check in CI: input errors in the machine formats.
checkci-no-brief = no brief found in { $paths }
# An input error with its place (`file:line:column`, or the file alone).
checkci-problem = { $place }: { $message }
