# Messages ajoutés par les corrections de l’essai en conditions réelles.
trial-expected-samples = un nombre entier de 1 à 1 000 000 est attendu
trial-error-empty-value = une valeur est attendue pour `{ $arg }`, mais aucune n’a été donnée
trial-or = ou
trial-toml-unknown-key = clé inconnue `{ $name }` ; clés possibles : { $expected }
trial-toml-unknown-value = valeur inconnue `{ $name }` ; valeurs possibles : { $expected }
trial-toml-missing-key = clé obligatoire manquante : `{ $name }`
trial-toml-duplicate-key = clé en double
trial-toml-number-too-large = le nombre { $number } est trop grand
trial-toml-float-too-large = nombre trop grand
