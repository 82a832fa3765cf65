# The interview (`outsource interview`): what it says around the questions
# (src/commands/interview/text.rs) and at its prompts (src/prompt/text.rs).
# Glossary: see glossary.ftl for the one word used for each concept. The commands
# typed at prompts (:back, :retour…) are input keywords, kept in the code.

## Around the questions (src/commands/interview/text.rs)

interview-no-terminal = `outsource interview` asks questions in a terminal, and standard input or error is not one.
    To score a { -brief } without a terminal (CI, scripts), use `outsource check BRIEF`.
interview-brief-with-problems = { $path } is a { -brief } with problems, listed above: fix them (`outsource validate { $path }`) or choose another file with --brief
interview-overwrite-question = { $path } exists and is not a { -brief }. Overwrite it?
interview-overwrite-interrupted = Interrupted: { $path } left as it is.
interview-overwrite-refused = { $path } left as it is; choose another file with --brief FILE
interview-opening-fresh = Interview: { $total } { $total ->
        [one] question
       *[other] questions
    } ({ $names }). The { -brief } is saved to { $path } after every answer.
interview-opening-resume = Resuming { $path }: { $answered } of { $total } answered. Only the others are asked (--review goes through all).
interview-opening-review = Reviewing { $path }: { $answered } of { $total } answered. Enter keeps each current answer.
interview-opening-complete = { $path }: { $total ->
        [one] the question is answered
       *[other] all { $total } questions are answered
    }. Add --review to change answers.
interview-interrupted = Interrupted. Every answer so far is saved in { $path } ({ $answered } of { $total } answered).
interview-resume-with = Resume with:
interview-interrupted-unsaved = Interrupted before the first answer: no { -brief } written.
interview-quit = Saved in { $path } ({ $answered } of { $total } answered). Go on later with:
interview-nothing-answered = Nothing answered: no { -brief } written.
interview-brief-saved = Brief saved in { $path }.
interview-next = Next:
interview-unknown-questionnaire = unknown { -questionnaire } `{ $id }`; known: { $known } (`outsource questionnaires` lists them)
interview-no-questionnaire = none

## At the prompts (src/prompt/text.rs). Keys and typed commands come as arguments
## ($help, $na, $quit, $commands): they are input, the same in every sentence.

prompt-footer-choose = ↑↓ or 1-9 choose, Enter confirms
prompt-footer-tick = ↑↓ move, Space or 1-9 tick, Enter confirms
prompt-footer-back = ← back
prompt-footer-rest = { $help } help · Esc skip · { $na } { -not-applicable } · { $quit } save and quit
prompt-no-such-option = there is no option { $number }
prompt-unknown-key = this key does nothing here; the keys are listed above
prompt-choose-first = no answer chosen: move to one with ↑↓ or type its number
prompt-tick-first = nothing ticked: tick the options that apply (Space), including the one that says none
prompt-confirm-none = Nothing ticked: is the answer “none of these”? { $yes } = yes, any other key = back to the list
prompt-stands-alone = “{ $label }” is an answer on its own: untick it or the others
prompt-first-step = this is the first step
prompt-unknown-command = unknown command `{ $typed }`: { $commands }
prompt-field-hint-kept = Enter keeps the value shown. Commands: { $commands }
prompt-field-hint-skips = Enter alone skips. Commands: { $commands }
prompt-project-hint = Enter keeps the value in parentheses; empty skips. Commands: { $commands }
prompt-fact-commands = Type the value, or { $commands }.
prompt-note = Note (optional; Enter to go on; { $back } to change the answer)
prompt-reason = Why does it not apply? (empty or { $back }: back to the question)
prompt-currently-not-applicable = Now: { -not-applicable } ({ $reason }). Enter keeps it; type a value to answer.
prompt-answer = Answer
prompt-not-applicable = Not applicable
prompt-answer-kept = → Answer kept
prompt-skipped = → Skipped
prompt-back = ← Back
prompt-note-removed = (note removed)
prompt-project = Project
prompt-bad-date = expected a date that exists, as YYYY-MM-DD

## The end screen (src/interview/summary.rs)

summary-verdict-scored = { $mark } Verdict: { $verdict }, score { $score }/100, { $coverage } % of the questions answered
summary-verdict-unscored = { $mark } Verdict: { $verdict }, nothing scored answered yet
summary-unanswered = { $count ->
        [one] { $count } question is still unanswered.
       *[other] { $count } questions are still unanswered.
    }
