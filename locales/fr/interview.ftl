# L’entretien (`outsource interview`) : ce qu’il dit autour des questions
# (src/commands/interview/text.rs) et à ses invites (src/prompt/text.rs).
# Glossaire : voir glossary.ftl pour le seul mot retenu pour chaque notion. Les
# commandes tapées aux invites (:retour, :back…) sont des mots-clés, gardés dans le code.

## Autour des questions (src/commands/interview/text.rs)

interview-no-terminal = `outsource interview` pose ses questions dans un terminal, et l’entrée ou la sortie d’erreur standard n’en est pas un.
    Pour noter un { -brief } sans terminal (CI, scripts), utilisez `outsource check BRIEF`.
interview-brief-with-problems = { $path } est un { -brief } avec des problèmes, listés ci-dessus : corrigez-les (`outsource validate { $path }`) ou choisissez un autre fichier avec --brief
interview-overwrite-question = { $path } existe et n’est pas un { -brief }. L’écraser ?
interview-overwrite-interrupted = Interrompu : { $path } laissé tel quel.
interview-overwrite-refused = { $path } laissé tel quel ; choisissez un autre fichier avec --brief FICHIER
interview-opening-fresh = Entretien : { $total } { $total ->
        [one] question
       *[other] questions
    } ({ $names }). Le { -brief } est enregistré dans { $path } après chaque réponse.
interview-opening-resume = Reprise de { $path } : { $answered } sur { $total } { $answered ->
        [one] répondue
       *[other] répondues
    }. Seules les autres sont posées (--review les reprend toutes).
interview-opening-review = Relecture de { $path } : { $answered } sur { $total } { $answered ->
        [one] répondue
       *[other] répondues
    }. Entrée garde chaque réponse actuelle.
interview-opening-complete = { $path } : { $total ->
        [one] la question a sa réponse
       *[other] les { $total } questions ont une réponse
    }. Ajoutez --review pour en changer.
interview-interrupted = Interrompu. Toutes les réponses données sont enregistrées dans { $path } ({ $answered } sur { $total } { $answered ->
        [one] répondue
       *[other] répondues
    }).
interview-resume-with = Reprenez avec :
interview-interrupted-unsaved = Interrompu avant la première réponse : aucun { -brief } écrit.
interview-quit = Enregistré dans { $path } ({ $answered } sur { $total } { $answered ->
        [one] répondue
       *[other] répondues
    }). Reprenez plus tard avec :
interview-nothing-answered = Aucune réponse : aucun { -brief } écrit.
interview-brief-saved = Le { -brief } est enregistré dans { $path }.
interview-next = Ensuite :
interview-unknown-questionnaire = { -questionnaire } inconnu `{ $id }` ; connus : { $known } (`outsource questionnaires` les liste)
interview-no-questionnaire = aucun
