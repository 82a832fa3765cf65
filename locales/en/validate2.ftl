# `outsource validate` on a table of offers (.csv, .xlsx, .ods).

validate2-table-needs-criteria = a table of offers is read against the criteria: its column headers name them
validate2-table-needs-criteria-help = give one criteria file with it: `outsource validate criteria.toml { $table }`

# `outsource schema evaluation`.
cli-value-kind-evaluation = A committee member's values (examples/committee/evaluations/*.toml)
