# The interview (`outsource interview`): what it says around the questions
# (src/commands/interview/text.rs) and at its prompts (src/prompt/text.rs).
# Glossary: see glossary.ftl for the one word used for each concept. The commands
# typed at prompts (:back…) are the `command-*` messages below.

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
## ($help, $na, $quit, $commands), written from the `command-*` messages.

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

## The interview's edges (src/commands/interview/mod.rs)

interview-ctrlc-failed = installing the Ctrl-C handler
interview-saved-brief-invalid = the saved { -brief } does not validate
interview-updating = updating { $path }
interview-brief-to-save-invalid = the { -brief } to save does not validate (a bug in `outsource interview`); { $path } was not changed

## Commands typed at the prompts (src/prompt/command.rs): the words of each
## command, separated by spaces. The first is the one shown; every word of every
## language is understood.

command-back = back b
command-help = help h { "?" }
command-na = na n/a
command-na-argument = REASON
command-skip = skip s
command-quit = quit q
# The key that says yes at "is the answer none of these?".
prompt-key-yes = y
prompt-key-no = n
# After a yes/no question: its keys, the default (no) in capitals.
prompt-confirm-hint = ({ $yes }/{ $no })
prompt-failed = prompt failed

## The project facts (src/interview/fact.rs)

fact-name = Project name
fact-client = Client
fact-sector = Sector (e.g. e-commerce, b2b, utility)
fact-author = Author (the consultant)
fact-date = Date (YYYY-MM-DD)

## Replies refused (src/interview/session.rs, value.rs, number.rs)

session-expected-text = expected a text
session-fact-not-applicable = a project fact cannot be not applicable; skip it instead
session-expected-note = expected a note
session-expected-reason = expected a reason
session-not-a-date = `{ $typed }` is not a date: expected YYYY-MM-DD
# $kind: a question kind in words (checkci-question-kind), e.g. `number question`.
answer-wrong-kind = this answer does not fit a { $kind }
answer-empty = the answer is empty; skip the question instead
answer-tick-one = tick at least one option, or { $exclusive }
answer-yes = Yes
answer-no = No
answer-none-of-these = none of these
answer-not-applicable = { -not-applicable }: { $reason }
# A label quoted inside a sentence.
quoted = “{ $text }”
number-not-a-number-question = not a number question
number-empty = type a number ({ $unit })
number-not-whole = `{ $typed }`: a whole number is expected ({ $unit })
number-not-a-number = `{ $typed }` is not a number: type digits only, e.g. 1200 ({ $unit })
# Only in English: a comma where a decimal point was meant ($decimal is the fix).
number-english-decimal-point = `{ $typed }`: in English the decimal mark is a point ({ $decimal }) and a comma separates thousands (1,200)
# Only in French (`1.200`): written in French in the English catalogue too, as
# the English reading has no such ambiguity.
number-french-ambiguous = `{ $typed }` is ambiguous: write { $thousands } (thousands) or { $decimals } (decimals)

## The end screen's words (src/interview/summary.rs)

summary-why = Why:
summary-dimensions = Scores by dimension
summary-not-answered = not answered
summary-work-on = What to work on
summary-answer = Answer given:
summary-recommendation = Recommendation:
summary-accepted = Risk accepted:
summary-mark-blocker = ✘ Blocker ·
summary-mark-warning = ! To improve ·
summary-mark-info = · Worth knowing ·
