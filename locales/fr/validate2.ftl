# `outsource validate` sur un tableau d’offres (.csv, .xlsx, .ods).

validate2-table-needs-criteria = un tableau d’offres se lit avec les critères : ses en-têtes de colonne les nomment
validate2-table-needs-criteria-help = donnez-le avec un fichier de critères : `outsource validate criteria.toml { $table }`

# `outsource schema evaluation`.
cli-value-kind-evaluation = Les notes d’un membre du comité (examples/committee/evaluations/*.toml)
