# The ranking workbook (`rank --format xlsx`): criteria groups.

xlsx2-sheet-groups = Groups
xlsx2-sheet-group-scores = Group scores
xlsx2-group = Group
xlsx2-group-weight = Group weight
xlsx2-local-weight = Weight in group
