# Provenance leftovers (session 3, branch prov2).
# JUnit: a weak answer merged into a linked question's finding (`same-as`).
check-junit-same-as = Same fact as { $link }: counted once, in that question's finding
