# Messages communs à toutes les commandes.
# Glossaire : voir glossary.ftl pour le mot retenu pour chaque notion.

error-prefix = erreur :
input-problems = { $count ->
    [one] { $count } problème dans les fichiers d’entrée
   *[other] { $count } problèmes dans les fichiers d’entrée
}
