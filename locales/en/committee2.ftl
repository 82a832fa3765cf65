# Committee outputs, second pass (helper committee2): each evaluator's AHP
# consistency per matrix of the groups.

committee2-ahp-evaluator-line = { $evaluator }, { $matrix }: consistency ratio { $cr }{ $consistent ->
    [yes] {""}
   *[no] {" "}(above { $threshold })
}
