# Textes communs des courriers imprimés et des fiches d'explication.
# Les lignes « letter-* » sont imprimées sur le courrier, en français ; les
# lignes « explain-* » sur la fiche remise à la personne, dans sa langue.

letter-subject-label = Objet :
letter-enclosures-label = Pièces jointes :
letter-copy-label = Copie :
letter-page = Page
letter-registered = Lettre recommandée avec accusé de réception
letter-registered-number = Lettre recommandée avec accusé de réception n° { $number }
letter-place-date = { $place }, le { $date }
letter-date = Le { $date }
letter-helped-by = Courrier rédigé avec l'aide de { $organisation }

explain-title = Votre courrier expliqué
explain-letter = Courrier : { $letter }
explain-person = Pour : { $name }
explain-prepared = Préparé le { $date }
explain-prepared-by = Préparé le { $date } avec { $organisation }
explain-asks = Ce que demande ce courrier
explain-to = À qui il est envoyé
explain-next = Ce qui va se passer, et quand
explain-keep = Ce qu'il faut garder
explain-date-pending = à calculer au retour de l'accusé de réception ou de la preuve de dépôt
explain-footer = Cette fiche est pour vous : gardez-la avec la copie du courrier. Elle n'est pas à envoyer.
