# Brief and offer files: what `validate`, `check` and `rank` say about them
# (src/validate/brief/, src/validate/offer.rs). Glossary: see glossary.ftl.

## Briefs (src/validate/brief/)

brief-unknown-questionnaire = unknown { -questionnaire } `{ $id }`
brief-expected-one-of = expected one of: { $known }
brief-did-you-mean = did you mean `{ $name }`?
brief-questionnaire-twice = { -questionnaire } `{ $id }` is listed twice
brief-questionnaires-empty = `questionnaires` is empty
brief-questionnaires-empty-help = list { -questionnaire } ids, e.g. ["ten-questions"], or remove the key
brief-unknown-question = `{ $questionnaire }` has no question `{ $question }`
brief-unknown-question-help = `outsource questionnaires --format json` lists every question id
brief-no-questionnaire = the { -brief } answers no { -questionnaire } and lists none
brief-no-questionnaire-help = add [project] questionnaires = ["ten-questions"], or [answers.ten-questions]
brief-empty = the { -brief } has no [project] and no [answers]
brief-empty-help = `outsource interview` writes a { -brief } for you
brief-invalid-date = invalid date
brief-invalid-date-text = invalid date `{ $text }`
brief-invalid-date-label = expected YYYY-MM-DD, a day that exists
brief-answer-unknown-key = unknown key `{ $key }` in an answer
brief-answer-unknown-key-label = expected `value`, `note` or `not-applicable`
brief-note-not-string = `note` must be a string
brief-answer-conflict = an answer has both `value` and `not-applicable`
brief-not-applicable-reason = `not-applicable` needs a reason
brief-not-applicable-reason-label = expected not-applicable = "why the question does not apply"
brief-answer-no-value = the answer has no `value`
brief-invalid-answer = invalid answer to `{ $question }` ({ $kind })
brief-expected = expected { $what }
brief-expected-bool = true or false
brief-expected-level = a level from 0 to 4
brief-expected-choice = one of: { $ids }
brief-expected-multi = a list of: { $ids }
brief-expected-finite = a finite number
brief-expected-between = a number from { $min } to { $max }
brief-expected-at-least = a number >= { $min }
brief-expected-at-most = a number <= { $max }
brief-expected-number-unit = a number ({ $unit })
brief-expected-string = a string
brief-chosen-twice = `{ $option }` is chosen twice in `{ $question }`
brief-chosen-twice-label = each option at most once
brief-exclusive-ticked = `{ $option }` cannot be ticked with other options in `{ $question }`
brief-exclusive-ticked-label = `{ $option }` excludes every other option: tick it alone
brief-waiver-no-question = { -waiver } `{ $key }` names no question
brief-waiver-no-question-label = expected "questionnaire-id.question-id"
brief-waiver-reason-not-string = a { -waiver }'s reason must be a string
brief-waiver-reason-label = expected "why the client accepts this risk"
brief-waiver-no-reason = a { -waiver } needs a reason

## Offers (src/validate/offer.rs)

offer-mixed-file = a file holds either one { -offer } (`name` and `[scores]`) or `[[provider]]` entries, not both
offer-empty-file = the { -offer } file is empty
offer-none = the file has no { -offer }
offer-none-help = write `name = "…"` and a `[scores]` table, or `[[provider]]` entries
offer-missing-name = { -offer } without a `name`
offer-empty-name = the { -provider }'s name is empty
offer-duplicate-provider = { -provider } `{ $name }` appears twice
offer-duplicate-provider-label = first on line { $line }
offer-missing-scores = `{ $name }` has no `scores` table
offer-invalid-score = score `{ $key }` must be a number, or a table with a number `value` and an optional text `note`

## The comment on top of a brief the interview writes (src/render/brief.rs);
## each line becomes a TOML comment.

brief-header =
    Project brief written by `outsource interview`.
    Check it with `outsource check FILE`; go on with `outsource interview --brief FILE`
    (add --review to change answers). Comments you add here are kept.
