# The human output of `check`.

check-summary = { $total ->
    [one] { $total } { -brief } checked
   *[other] { $total } { -briefs } checked
}: { $passed } passed, { $failed } failed
check-title = { $path }: { $facts }
check-unanswered = unanswered ({ $count }): { $questions }
# $score and $coverage are already written for the language ("68.7", "80%").
check-verdict = { -verdict }: { $verdict } (score { $score }/100, { -coverage } { $coverage })
check-verdict-short = { $verdict } (score { $score }/100, { -coverage } { $coverage })
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
check-column-question = Question
check-column-weight = Weight
check-column-answer = Answer
check-answer-missing = missing
check-answer-not-applicable = { -not-applicable } ({ $reason })
check-answer-text = text
check-answer-text-empty = text, empty
check-answer-not-applicable-short = n/a

## The human output of `diff`, and its messages.

diff-points = { $value } pts
diff-trend-better = better
diff-trend-same = unchanged
diff-trend-worse = worse
diff-yes = yes
diff-no = no
diff-summary = score { $score_then } → { $score_now } ({ $score_delta }), { -coverage } { $coverage_then } → { $coverage_now } ({ $coverage_delta }), { -verdict } { $verdict } ({ $trend })
diff-quiet-line = { $then } → { $now }: { $summary }
diff-then = then
diff-now = now
diff-section = { $title } ({ $count }):
diff-section-list = { $title } ({ $count }): { $ids }
diff-section-resolved = { -findings } resolved
diff-section-new = new { -findings }
diff-section-waived = { -findings } now under a { -waiver }
diff-section-unwaived = { -findings } whose { -waiver } was withdrawn
diff-section-open = { -findings } still open
diff-section-answers = answers changed
diff-no-answer-changed = no answer changed
diff-answer = { $question }: { $then } → { $now }
diff-unchanged = { $count ->
    [one] { $count } answer unchanged
   *[other] { $count } answers unchanged
}
diff-finding = { $severity } { $question }: { $message }
diff-column-then = Then
diff-column-now = Now
diff-column-coverage = Coverage
diff-none = (none)
diff-mismatch = the two { -briefs } are assessed against different questionnaires, so their scores do not measure the same thing
diff-mismatch-file = { $path }: { $ids }
diff-mismatch-help-old = help: list { $ids } in [project] questionnaires of { $old } too; its unanswered questions then count as missing, which is what they were
diff-mismatch-help-new = help: list { $ids } in [project] questionnaires of { $new } too, or drop it from { $old }
diff-other-client = { -warning }: the { -briefs } name different clients (`{ $old }`, `{ $new }`); a diff is meant for two assessments of the same client
diff-dates-swapped = { -warning }: { $old } ({ $old_date }) is dated after { $new } ({ $new_date }); give the older { -brief } first

## CI formats (src/render/check/{summary,github,junit,sarif,codequality}.rs):
## only their sentences; their keys and ids stay as the formats define them.

check-summary-failed = { $failed } of { $total } { $total ->
        [one] { -brief }
       *[other] { -briefs }
    } failed the check.
check-summary-severity = Severity
check-summary-question = Question
check-summary-line = Line
check-summary-finding = Finding
check-summary-status = Status
check-status-waived = waived: { $reason }
check-status-failing = fails the check
check-status-open = open
check-waived-sentence = Waived: { $reason }
check-junit-unanswered = unanswered
check-github-overflow = { $more } more { $more ->
        [one] annotation
       *[other] annotations
    } not shown: GitHub shows { $limit } per step. Every { -finding } is in the job summary and in `outsource check`'s other formats.
check-sarif-verdict-rule = The { -brief } is not ready to outsource
check-sarif-stale-rule = A { -waiver } that matches no weak answer
check-sarif-src-root = The folder outsource check ran in
