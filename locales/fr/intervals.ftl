# Valeurs incertaines : `{ min, max }` (issue 16).
intervals-with-value = la note `{ $key }` donne un intervalle (`min`, `max`) avec `value` ou `by` : n’en garder qu’un
intervals-one-bound = note `{ $key }` : un intervalle demande à la fois `min` et `max`
intervals-reversed = note `{ $key }` : `min` est plus grand que `max`
intervals-help = écrire une valeur incertaine avec `min = 3.9` et `max = 4.3` dans une table en ligne, avec min ≤ max ; le classement compte son milieu
rank-warning-uncertain = { $count ->
    [one] { $provider } donne une valeur incertaine (un intervalle) sur { $criteria } : le classement compte son milieu, `--sensitivity` la tire uniformément
   *[other] { $provider } donne des valeurs incertaines (des intervalles) sur { $criteria } : le classement compte leurs milieux, `--sensitivity` les tire uniformément
}
