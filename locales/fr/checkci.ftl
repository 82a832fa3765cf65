# check en CI : erreurs d’entrée dans les formats pour machines.
checkci-no-brief = aucun dossier projet trouvé dans { $paths }
checkci-labelled = { $label } : { $text }
