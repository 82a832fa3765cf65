# check in CI: input errors in the machine formats.
checkci-no-brief = no brief found in { $paths }
# A text after what it is about: `path: not ready…`, `id: question`.
checkci-labelled = { $label }: { $text }
# A question named by its kind, in brief messages: `invalid answer to `x` (number question)`.
checkci-question-kind = { $kind ->
    [multi] multiple-choice question
   *[other] { $kind } question
}
