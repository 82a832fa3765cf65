# L’entretien (`outsource interview`) : ce qu’il dit autour des questions
# (src/commands/interview/text.rs) et à ses invites (src/prompt/text.rs).
# Glossaire : voir glossary.ftl pour le seul mot retenu pour chaque notion. Les
# commandes tapées aux invites (:retour…) sont les messages `command-*` plus bas.

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

## Aux invites (src/prompt/text.rs). Les touches et commandes tapées viennent en
## arguments ($help, $na, $quit, $commands), écrites d’après les messages `command-*`.

prompt-footer-back = ← retour
prompt-footer-rest = { $help } aide · Échap passer · { $na } { -not-applicable } · { $quit } enregistrer et quitter
prompt-no-such-option = il n’y a pas d’option { $number }
prompt-unknown-key = cette touche ne fait rien ici ; les touches sont listées au-dessus
prompt-choose-first = aucune réponse choisie : allez-y avec ↑↓ ou tapez son numéro
prompt-tick-first = rien de coché : cochez les options qui conviennent (Espace), y compris celle qui dit aucune
prompt-confirm-none = Rien de coché : la réponse est-elle « aucune de ces options » ? { $yes } = oui, autre touche = retour à la liste
prompt-stands-alone = « { $label } » est une réponse à elle seule : décochez-la ou les autres
prompt-first-step = c’est la première étape
prompt-unknown-command = commande inconnue `{ $typed }` : { $commands }
prompt-field-hint-kept = Entrée garde la valeur affichée. Commandes : { $commands }
prompt-field-hint-skips = Entrée seule passe. Commandes : { $commands }
prompt-project-hint = Entrée garde la valeur entre parenthèses ; vide passe. Commandes : { $commands }
prompt-fact-commands = Tapez la valeur, ou { $commands }.
prompt-note = Note (facultative ; Entrée pour continuer ; { $back } pour changer la réponse)
prompt-reason = Pourquoi est-elle { -not-applicable } ? (vide ou { $back } : retour à la question)
prompt-currently-not-applicable = Actuellement : { -not-applicable } ({ $reason }). Entrée le garde ; tapez une valeur pour répondre.
prompt-answer = Réponse
prompt-not-applicable = Sans objet
prompt-answer-kept = → Réponse gardée
prompt-skipped = → Passée
prompt-back = ← Retour
prompt-note-removed = (note supprimée)
prompt-project = Projet
prompt-bad-date = attendu : une date qui existe, AAAA-MM-JJ

## L’écran de fin (src/interview/summary.rs)

summary-verdict-scored = { $mark } Verdict : { $verdict }, score { $score }/100, { $coverage } % des questions ont une réponse
summary-verdict-unscored = { $mark } Verdict : { $verdict }, aucune question notée n’a encore de réponse
summary-unanswered = { $count ->
        [one] { $count } question n’a pas encore de réponse.
       *[other] { $count } questions n’ont pas encore de réponse.
    }

## Les bords de l’entretien (src/commands/interview/mod.rs)

interview-ctrlc-failed = installation du gestionnaire de Ctrl-C
interview-saved-brief-invalid = le { -brief } enregistré ne se valide pas
interview-updating = mise à jour de { $path }
interview-brief-to-save-invalid = le { -brief } à enregistrer ne se valide pas (un bogue d’`outsource interview`) ; { $path } n’a pas été modifié

## Les commandes tapées aux invites (src/prompt/command.rs) : les mots de chaque
## commande, séparés par des espaces. Le premier est celui qu’on affiche ; tout
## mot de toute langue est compris.

command-back = retour r
command-help = aide a { "?" }
command-na = so s/o
command-na-argument = RAISON
command-skip = passer p
command-quit = quitter
# La touche qui dit oui à « la réponse est-elle aucune de ces options ? ».
prompt-key-yes = o
prompt-key-no = n
# Après une question oui/non : ses touches, celle par défaut (non) en capitale.
prompt-confirm-hint = ({ $yes }/{ $no })
prompt-failed = échec de l’invite

## Les informations du projet (src/interview/fact.rs)

fact-name = Nom du projet
fact-client = Client
fact-sector = Secteur (par ex. e-commerce, b2b, énergie)
fact-author = Auteur (le consultant)
fact-date = Date (AAAA-MM-JJ)

## Réponses refusées (src/interview/session.rs, value.rs, number.rs)

session-expected-text = attendu : un texte
session-fact-not-applicable = une information du projet ne peut pas être { -not-applicable } ; passez-la
session-expected-note = attendu : une note
session-expected-reason = attendu : une raison
session-not-a-date = `{ $typed }` n’est pas une date : attendu AAAA-MM-JJ
answer-wrong-kind = cette réponse ne convient pas à une { $kind }
answer-empty = la réponse est vide ; passez plutôt la question
answer-tick-one = cochez au moins une option, ou { $exclusive }
answer-yes = Oui
answer-no = Non
answer-none-of-these = aucune de ces options
answer-not-applicable = { -not-applicable } : { $reason }
# Un libellé cité dans une phrase.
quoted = « { $text } »
number-not-a-number-question = pas une question numérique
number-empty = tapez un nombre ({ $unit })
number-not-whole = `{ $typed }` : un nombre entier est attendu ({ $unit })
number-not-a-number = `{ $typed }` n’est pas un nombre : tapez des chiffres seulement, par ex. 1200 ({ $unit })
# Seulement en anglais (une virgule pour un point décimal) : traduit pour la complétude.
number-english-decimal-point = `{ $typed }` : en anglais la marque décimale est un point ({ $decimal }) et une virgule sépare les milliers (1,200)
number-french-ambiguous = `{ $typed }` est ambigu : écrivez { $thousands } (milliers) ou { $decimals } (décimales)

## Les mots de l’écran de fin (src/interview/summary.rs)

summary-why = Pourquoi :
summary-dimensions = Scores par dimension
summary-not-answered = sans réponse
summary-work-on = Ce qu’il reste à travailler
summary-answer = Réponse donnée :
summary-recommendation = Recommandation :
summary-accepted = Risque accepté :
summary-mark-blocker = ✘ Bloquant ·
summary-mark-warning = ! À améliorer ·
summary-mark-info = · Bon à savoir ·
