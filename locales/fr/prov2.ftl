# Provenance leftovers (session 3, branch prov2).
# JUnit: a weak answer merged into a linked question’s finding (`same-as`).
check-junit-same-as = Même fait que { $link } : compté une seule fois, dans la constatation de cette question
