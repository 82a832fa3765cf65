# What `outsource report` says once the report is written (src/commands/report.rs).

report-written = wrote { $path }{ $charts ->
        [0] {""}
        [one] {" "}and { $charts } chart next to it
       *[other] {" "}and { $charts } charts next to it
    }
