# check en CI : erreurs d’entrée dans les formats pour machines.
checkci-no-brief = aucun dossier projet trouvé dans { $paths }
checkci-labelled = { $label } : { $text }
checkci-question-kind = { $kind ->
    [yes-no] question de type oui/non
    [scale] question de type échelle
    [choice] question à choix unique
    [multi] question à choix multiples
    [number] question de type nombre
   *[other] question de type texte
}
