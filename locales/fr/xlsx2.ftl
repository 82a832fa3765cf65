# Le classeur du classement (`rank --format xlsx`) : groupes de critères.

xlsx2-sheet-groups = Groupes
xlsx2-sheet-group-scores = Scores par groupe
xlsx2-group = Groupe
xlsx2-group-weight = Poids du groupe
xlsx2-local-weight = Poids dans le groupe
