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
