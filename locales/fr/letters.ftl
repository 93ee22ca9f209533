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
explain-deadline = Jusqu'à quand l'envoyer
explain-deadline-enforceable = Postez-le au plus tard le { $date } : c'est la date de la poste qui compte. Après cette date, la décision ne pourra plus être contestée.
explain-deadline-not-enforceable = La décision n'indique pas comment ni dans quel délai la contester (les « voies et délais de recours ») : le délai de deux mois ne peut donc pas vous être opposé. Envoyez quand même ce courrier le plus tôt possible, de préférence avant le { $date }. La limite est en principe d'un an après la décision : le { $ceiling }.
explain-deadline-not-enforceable-late = La décision n'indique pas comment ni dans quel délai la contester (les « voies et délais de recours ») : les deux mois habituels sont passés depuis le { $date }, mais ils ne peuvent pas vous être opposés. Postez ce courrier tout de suite : la limite est en principe d'un an après la décision, le { $ceiling }.
explain-deadline-past = Le délai pour contester cette décision est dépassé depuis le { $date }. Ce courrier peut être envoyé quand même : l'administration peut revenir sur sa décision, mais elle n'y est plus obligée. Une nouvelle demande reste souvent possible : demandez conseil à une association ou à un avocat.
explain-deadline-enforceable-court = Faites-la arriver au tribunal au plus tard le { $date } : c'est la date d'arrivée au greffe qui compte, pas celle de la poste. Après cette date, le tribunal ne pourra plus être saisi.
explain-deadline-past-court = Le délai pour saisir le tribunal est dépassé depuis le { $date } : la requête risque d'être rejetée pour ce seul motif. Voyez sans attendre une association ou un avocat.
explain-deadline-suspended = Le délai pour contester est arrêté depuis le { $since } pendant la conciliation : il restait alors { $days } jours. Ces jours recommenceront à courir à la fin de la conciliation (le rapport du conciliateur). En attendant, la date la plus prudente reste le { $safe }.
explain-deadline-none = Aucune décision écrite ne vous a été remise : aucun délai de recours ne court pour l'instant. N'attendez pas pour autant : envoyez ce courrier maintenant.
explain-urgent = C'est urgent
explain-urgent-text = Postez ce courrier aujourd'hui. Si rien ne se passe d'ici le { $date }, revenez nous voir avec cette fiche.
explain-urgent-text-undated = Postez ce courrier aujourd'hui, puis revenez nous voir avec cette fiche dès qu'une réponse arrive, ou si rien ne se passe.
explain-footer = Cette fiche est pour vous : gardez-la avec la copie du courrier. Elle n'est pas à envoyer.

## Journal des tentatives (préfecture, ANEF) et son annexe, imprimée en
## français : elle part à la préfecture et au tribunal.
journal-channel-anef = Téléservice ANEF
journal-channel-rendez-vous = Prise de rendez-vous en ligne
journal-channel-email = Courriel
journal-channel-telephone = Téléphone
journal-channel-guichet = Guichet de la préfecture
journal-channel-ccc = Centre de contact citoyens (ANTS)
journal-channel-pan = Point d'accueil numérique
journal-channel-courrier = Courrier
annex-title = Relevé chronologique des tentatives
annex-born = né(e) le { $date }
annex-nationality = de nationalité { $nationality }
annex-subject =
    { $demarche ->
        [renouvellement] Demande de renouvellement de titre de séjour
        [premiere-demande] Première demande de titre de séjour
       *[other] Demande de titre de séjour
    } { $titre } – préfecture : { $departement }
annex-summary = { $count ->
        [one] 1 tentative, le { $first }
       *[other] { $count } tentatives du { $first } au { $last }
    }, sur { $weeks ->
        [one] 1 semaine
       *[other] { $weeks } semaines différentes
    }.
annex-empty = Aucune tentative n'est encore enregistrée.
annex-established = Relevé établi le { $date }.
annex-established-place = Relevé établi à { $place }, le { $date }.
annex-established-by = Relevé établi le { $date } avec l'aide de { $organisation }.
annex-established-place-by = Relevé établi à { $place }, le { $date }, avec l'aide de { $organisation }.
annex-column-number = N°
annex-column-date = Date
annex-column-time = Heure
annex-column-channel = Moyen
annex-column-outcome = Ce qui s'est passé
annex-recorded = noté le { $date }
annex-see-shot = capture d'écran n° { $number } ci-après
annex-shots = Captures d'écran
annex-shot-caption = N° { $number } – { $date }, { $time }
annex-shot-not-image = Pièce « { $name } » jointe au dossier (format non affichable ici).
annex-shot-unreadable = Image illisible : la pièce est conservée dans le dossier.

## Droits de la personne (RGPD) : export et effacement
gdpr-summary-title = Données détenues sur { $name }
gdpr-summary-date = Export du { $date }, fait à la demande de la personne.
gdpr-summary-files = Le fichier donnees.json contient toutes ces données sous une forme lisible par un programme ; le dossier « pieces » contient les documents, captures et courriers.
gdpr-summary-audit = Le journal d'audit compte { $count } entrée(s) sur ce dossier (détail dans donnees.json).
gdpr-section-person = Fiche
gdpr-section-documents = Documents
gdpr-opened = Ouvert le
gdpr-attempts = Tentatives notées
gdpr-none = Rien d'enregistré.
