# Where a question, option, band or finding comes from (issue 12).
# The citation, without a "Source:" label (the report adds its own).
provenance-article = { $article }, § { $section }
provenance-article-whole = { $article }
provenance-law = { $law }, art. { $article }
provenance-practice = practice of this tool, not from an article or a law
provenance-practice-reason = practice of this tool, not from an article or a law ({ $reason })
provenance-source = Source: { $cite }
validate-provenance-unknown-kind = `provenance.kind` is `{ $kind }`: expected `article`, `law` or `practice`
    .label = unknown kind
validate-provenance-missing-section = an `article` provenance needs `section`: the heading or passage of the article where it says so
    .help = e.g. kind = "article", section = "Quels canaux ?"
validate-provenance-missing-law = a `law` provenance needs `law` (the code or regulation) and `article` (its article number)
    .help = e.g. kind = "law", law = "Code du travail", article = "L1224-1"
validate-provenance-key = `{ $key }` does not belong to a `{ $kind }` provenance
validate-same-as-format = `same-as` is `{ $link }`: expected `questionnaire.question`
validate-same-as-unknown = `same-as` names `{ $link }`, which no loaded questionnaire has
    .help = name a question as `questionnaire-id.question-id`, e.g. `ten-mistakes.daily-steering`
validate-same-as-chain = `same-as` names `{ $link }`, which itself names another question: link every question to the same one
provenance-same-as = Same fact as { $link }: one finding between them
cli-questionnaires-arg-id = Show one questionnaire: each question and where it comes from
questionnaires-unknown-id = no questionnaire `{ $id }`; known: { $known }
provenance-reason-price-share = the article says never to choose on price alone ({ -steps-article }, Conseils); warning above half the weight is the tool's threshold
provenance-reason-criteria-count = the cap of 12 criteria is the tool's: no article gives a number
provenance-reason-ahp = the 0.10 consistency ratio is the usual AHP rule, not from an article
provenance-reason-method = a check of the ranking method, not from an article
-steps-article = Comment externaliser le service client ?
validate-level-severity-key = `level-severity` has the key `{ $key }`: expected a level from 0 to 4
