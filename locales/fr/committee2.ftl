# Sorties des comités, second passage (assistant committee2)

committee2-ahp-evaluator-line = { $evaluator }, { $matrix } : ratio de cohérence { $cr }{ $consistent ->
    [yes] {""}
   *[no] {" "}(au-dessus de { $threshold })
}
