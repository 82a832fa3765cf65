# `outsource validate` on a table of offers (.csv, .xlsx, .ods).

validate2-table-needs-criteria = a table of offers is read against the criteria: its column headers name them
validate2-table-needs-criteria-help = give one criteria file with it: `outsource validate criteria.toml { $table }`
