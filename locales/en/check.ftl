# The human output of `check`.

check-summary = { $total ->
    [one] { $total } { -brief } checked
   *[other] { $total } { -briefs } checked
}: { $passed } passed, { $failed } failed
check-title = { $path }: { $facts }
check-unanswered = unanswered ({ $count }): { $questions }
# $score and $coverage are already written for the language ("68.7", "80%").
check-verdict = { -verdict }: { $verdict } (score { $score }/100, { -coverage } { $coverage })
check-verdict-reasons = { $line }: { $reasons }
check-reasons-separator = ;{" "}
check-quiet-line = { $path }: { $line }
check-failed-fail-on = check failed: unwaived { -findings } at the --fail-on level
check-column-dimension = Dimension
check-column-score = Score
check-column-answered = Answered
check-overall = Overall
check-level-waived = { -waiver }
check-level-blocker = { -blocker }
check-level-warning = { -warning }
check-level-info = { -info }
check-weak-answer = weak answer: scores { $score }
check-this-waiver = this { -waiver }
check-waived = { -waiver }: { $reason }
check-source = source: { $source }
check-column-question = Question
check-column-weight = Weight
check-column-answer = Answer
check-answer-missing = missing
check-answer-not-applicable = { -not-applicable } ({ $reason })
check-answer-text = text
check-answer-text-empty = text, empty
