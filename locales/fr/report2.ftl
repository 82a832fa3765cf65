# La commande `report` : groupes de critères et désaccord des évaluateurs.

report2-heading-groups = Score par groupe de critères
report2-groups-note = Score de chaque offre sur les seuls critères du groupe, avec leurs poids dans le groupe (de 0 à 1).
