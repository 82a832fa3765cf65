# Messages ajoutés par les corrections de l’essai en conditions réelles.
trial-expected-samples = un nombre entier de 1 à 1 000 000 est attendu
trial-error-empty-value = une valeur est attendue pour `{ $arg }`, mais aucune n’a été donnée
trial-or = ou
