# Ce que dit `outsource report` une fois le rapport écrit (src/commands/report.rs).

report-written = rapport écrit : { $path }{ $charts ->
        [0] {""}
        [one] , avec { $charts } graphique à côté
       *[other] , avec { $charts } graphiques à côté
    }
