# Démarche « préfecture / ANEF : demande bloquée ».
prefecture-anef-title = Préfecture ou ANEF : demande de titre de séjour bloquée
prefecture-anef-summary = Impossible d'obtenir un rendez-vous ou de déposer la demande en ligne (ANEF) : demander au préfet la solution de substitution, tenir le relevé daté des tentatives (pour un référé « mesures utiles ») et suivre le refus implicite à 4 mois d'une demande déposée.
prefecture-anef-audience = Toute personne étrangère qui doit demander ou renouveler un titre de séjour et que le téléservice ou l'absence de rendez-vous empêche d'avancer.
prefecture-anef-keywords = préfecture sous-préfecture titre de séjour carte de séjour renouvellement rendez-vous ANEF téléservice site bloqué bug erreur en ligne étrangers API récépissé référé mesures utiles solution de substitution papiers tribunal administratif juge avocat aide juridictionnelle requête

prefecture-anef-law-teleservice = Les demandes de titre de séjour se font en ligne. Celui qui ne peut pas le faire seul a droit à un accueil et un accompagnement ; celui qui a tout essayé, y compris cet accompagnement, et ne peut toujours pas utiliser le téléservice à cause de son fonctionnement a droit à une solution de substitution : un accueil physique qui enregistre sa demande.
prefecture-anef-law-arrete = L'accompagnement passe par le centre de contact citoyens (CCC) de l'ANTS, par téléphone ou formulaire, et par les points d'accueil numérique des préfectures. La préfecture invite ensuite la personne à déposer sa demande autrement.
prefecture-anef-law-conseil-etat = Le Conseil d'État a jugé illégal, en 2022, d'imposer le téléservice sans solution de substitution (décision de Section du 3 juin 2022, n° 452798).
prefecture-anef-law-rendez-vous = Pour un titre qui ne se demande pas sur l'ANEF, la préfecture ne peut pas imposer la prise de rendez-vous en ligne (avis du Conseil d'État du 3 juin 2022, n° 461694).
prefecture-anef-law-guichet = Un titre qui ne se demande pas en ligne se demande à la préfecture ou à la sous-préfecture ; à Paris, à la préfecture de police.
prefecture-anef-law-paris = À Paris, c'est le préfet de police qui délivre les titres de séjour.
prefecture-anef-law-silence = Une demande de titre de séjour déposée et restée sans réponse pendant quatre mois est rejetée implicitement, même si des attestations de prolongation (API) continuent d'être délivrées.
prefecture-anef-law-tribunal = Ce refus né du silence peut être contesté devant le tribunal administratif dans les deux mois qui suivent ; il faut joindre la preuve de la date du dépôt. Ce délai ne peut être opposé que si l'accusé de réception de la demande indiquait les voies et délais de recours.
prefecture-anef-law-sans-avocat = Une requête qui demande seulement l'annulation d'un refus (recours pour excès de pouvoir) se fait sans avocat : la personne peut l'écrire et la déposer elle-même.
prefecture-anef-law-dossier-incomplet = Si la préfecture demande des pièces manquantes, le délai de quatre mois est suspendu jusqu'à leur réception ; et le silence sur un dossier incomplet ne vaut pas refus du titre, mais refus d'enregistrer le dossier.
prefecture-anef-law-refere = En cas d'urgence, le juge des référés du tribunal administratif peut ordonner à la préfecture de donner un rendez-vous ou d'enregistrer la demande, même sans décision préalable (référé « mesures utiles »).
prefecture-anef-law-preuves = Le juge demande la preuve de plusieurs tentatives qui n'ont pas toutes été faites la même semaine : quelques captures d'écran sur cinq jours ont été jugées insuffisantes.
prefecture-anef-law-aide-juridictionnelle = En urgence, le juge peut accorder tout de suite une aide juridictionnelle provisoire : l'État prend en charge les frais de la procédure et, si la personne le souhaite, d'un avocat. On la demande dans la requête elle-même.
prefecture-anef-law-urgence = Pour un renouvellement, l'urgence est en principe présumée ; pour une première demande, il faut montrer une situation particulière. Il n'y a pas d'urgence si la personne n'a pas exécuté une obligation de quitter le territoire.

prefecture-anef-step-personne = La personne
prefecture-anef-step-demande = La demande bloquée
prefecture-anef-step-envoi = L'envoi
prefecture-anef-step-juge = Le juge (référé ou tribunal)

prefecture-anef-q-nom = Nom de famille
prefecture-anef-q-prenoms = Prénoms
prefecture-anef-q-civilite = Dans le courrier, la personne écrit :
prefecture-anef-q-civilite-madame = « Je soussignée » (Madame)
prefecture-anef-q-civilite-monsieur = « Je soussigné » (Monsieur)
prefecture-anef-q-civilite-non-precise = Sans préciser
prefecture-anef-q-date_naissance = Date de naissance
prefecture-anef-q-nationalite = Nationalité
prefecture-anef-q-adresse = Adresse ou domiciliation
prefecture-anef-q-numero_etranger = Numéro étranger (10 chiffres, sur le titre ou le récépissé), s'il existe
prefecture-anef-q-demarche = De quelle demande s'agit-il ?
prefecture-anef-q-demarche-premiere-demande = Une première demande de titre de séjour
prefecture-anef-q-demarche-renouvellement = Un renouvellement
prefecture-anef-q-titre = Quel titre ? (par exemple : carte de séjour temporaire « salarié »)
prefecture-anef-q-date_expiration = Date d'expiration du titre actuel
prefecture-anef-q-depot_en_ligne = Ce titre se demande-t-il en ligne sur l'ANEF ?
prefecture-anef-q-depot_en_ligne-anef = Oui, sur l'ANEF (administration-etrangers-en-france.interieur.gouv.fr)
prefecture-anef-q-depot_en_ligne-hors-anef = Non : il se demande à la préfecture (sur rendez-vous ou au guichet)
prefecture-anef-q-depot_en_ligne-ne-sait-pas = Je ne sais pas
prefecture-anef-q-blocage = Qu'est-ce qui bloque ?
prefecture-anef-q-blocage-rendez-vous = Aucun rendez-vous n'est proposé
prefecture-anef-q-blocage-teleservice = Le téléservice ANEF ne permet pas de déposer la demande
prefecture-anef-q-description_blocage = Ce qui se passe à chaque tentative (message d'erreur, étape où cela bloque)
prefecture-anef-q-date_premiere_tentative = Date de la première tentative
prefecture-anef-q-accompagnement = La personne a-t-elle contacté le centre de contact citoyens (CCC) de l'ANTS, par téléphone ou par le formulaire en ligne ?
prefecture-anef-q-date_ccc = Date du premier contact avec le centre de contact citoyens
prefecture-anef-q-reference_ccc = Référence donnée par le centre de contact citoyens (entre crochets dans sa réponse), si elle existe
prefecture-anef-q-point_accueil = La personne s'est-elle rendue au point d'accueil numérique de la préfecture ?
prefecture-anef-q-date_point_accueil = Date du passage au point d'accueil numérique
prefecture-anef-q-aide_par = Qui aide la personne dans cette démarche ? (par exemple : l'association Exemple, le centre social de …) — écrit tel quel dans la lettre
prefecture-anef-q-circonstances_urgence = Circonstances qui rendent la demande urgente (santé, travail, enfants, droits qui vont être perdus), s'il y en a
prefecture-anef-q-demande_deposee = La demande a-t-elle pu être déposée ?
prefecture-anef-q-date_depot = Date du dépôt de la demande
prefecture-anef-q-departement = Département de la préfecture
prefecture-anef-q-adresse_prefecture = Adresse du service des étrangers, avec le nom du service (par exemple : Direction des migrations et de l'intégration, 21 avenue …)
prefecture-anef-q-numero_lrar = Numéro de la lettre recommandée (si déjà connu)
prefecture-anef-q-substitution_envoyee = La demande au préfet (solution de substitution ou rendez-vous) a-t-elle été envoyée ?
prefecture-anef-q-date_envoi_substitution = Date d'envoi de cette demande
prefecture-anef-q-reponse_prefet = Qu'a répondu la préfecture ?
prefecture-anef-q-reponse_prefet-aucune = Rien : aucune réponse
prefecture-anef-q-reponse_prefet-renvoi-teleservice = Elle renvoie seulement vers le site ANEF ou le centre de contact citoyens
prefecture-anef-q-reponse_prefet-rendez-vous = Elle a donné un rendez-vous ou enregistré la demande
prefecture-anef-q-reponse_prefet-refus-ecrit = Elle a refusé par écrit
prefecture-anef-q-reponse_demande = Depuis le dépôt, qu'a fait la préfecture ?
prefecture-anef-q-reponse_demande-aucune = Rien, ou seulement des attestations de prolongation (API) ou des récépissés
prefecture-anef-q-reponse_demande-pieces-demandees = Elle a demandé des pièces manquantes
prefecture-anef-q-reponse_demande-refus-ecrit = Elle a refusé par écrit
prefecture-anef-q-reponse_demande-titre-delivre = Elle a accordé le titre
prefecture-anef-q-accuse_voies_delais = L'attestation de dépôt ou l'accusé de réception indique-t-il les voies et délais de recours ?
prefecture-anef-q-motif_contestation = Pourquoi la personne a droit à ce titre (depuis quand elle vit en France, son travail, sa famille, sa santé…) — écrit tel quel dans la requête
prefecture-anef-q-adresse_tribunal = Adresse du greffe du tribunal administratif, si l'application ne la donne pas (sur le site du tribunal ou un courrier du tribunal) — sinon laisser vide
prefecture-anef-q-aide_juridictionnelle = Demander l'aide juridictionnelle provisoire dans la requête (ressources faibles) ?

prefecture-anef-doc-releve_tentatives = Le relevé daté des tentatives (à exporter depuis le journal de ce dossier)
prefecture-anef-doc-captures = Les captures d'écran datées (message d'erreur, adresse du site, date et heure)
prefecture-anef-doc-identite = Passeport ou pièce d'identité
prefecture-anef-doc-titre_actuel = Le titre de séjour actuel (ou le récépissé, l'API)
prefecture-anef-doc-echanges_ccc = Les échanges avec le centre de contact citoyens ou le point d'accueil numérique
prefecture-anef-doc-dossier = Les pièces de la demande de titre
prefecture-anef-doc-preuve_depot = La preuve du dépôt de la demande : attestation de dépôt ANEF, récépissé ou avis de réception
prefecture-anef-doc-api_recues = Les attestations de prolongation (API) ou récépissés reçus depuis le dépôt
prefecture-anef-doc-demande_envoyee = La copie de la demande envoyée au préfet, avec le reçu d'envoi et l'avis de réception

prefecture-anef-letter-demande-substitution = Demande au préfet : solution de substitution au téléservice
prefecture-anef-letter-refere-mesures-utiles = Requête au juge des référés du tribunal administratif (« mesures utiles »)

prefecture-anef-next-journal = Noter chaque tentative dans le journal du dossier, avec la date, l'heure, le moyen et une capture d'écran. Continuer sur plusieurs semaines différentes : c'est ce que le juge vérifie.
prefecture-anef-next-accompagnement = Avant tout, solliciter le centre de contact citoyens (téléphone ou formulaire en ligne) et le point d'accueil numérique de la préfecture, et garder leurs réponses : sans ces démarches, la solution de substitution peut être refusée, et le courrier au préfet n'est pas encore proposé (sauf pour un rendez-vous en ligne imposé pour un titre qui ne se demande pas sur l'ANEF).
prefecture-anef-next-envoyer = Envoyer la demande au préfet en recommandé avec accusé de réception, et aussi par courriel au service des étrangers, avec le relevé des tentatives en annexe.
prefecture-anef-next-refere = Sans réponse rapide, surtout si le titre expire bientôt, la personne peut saisir elle-même le juge des référés du tribunal administratif (« mesures utiles »), sans avocat : la requête est proposée ici une fois la demande au préfet envoyée et restée sans suite. Une association ou un avocat peut aussi s'en charger. Le Défenseur des droits peut être saisi en parallèle.
prefecture-anef-next-refere-pret = La demande au préfet est restée sans suite : la requête au juge des référés (« mesures utiles ») peut être imprimée, avec le relevé daté des tentatives en annexe. La personne peut la déposer elle-même, sans avocat ; une association ou un avocat peut aussi la reprendre et la déposer.
prefecture-anef-next-refere-sans-urgence = Pour une première demande, le juge des référés exige une urgence particulière (santé, travail, enfants, droits sur le point d'être perdus). Aucune n'est indiquée : la requête n'est pas proposée. Si une telle situation existe, l'indiquer à l'étape « La demande bloquée » ; sinon, voir une association ou un avocat.
prefecture-anef-next-refus-ecrit = La préfecture a refusé par écrit : ce refus est une décision. Il se conteste devant le tribunal administratif dans le délai indiqué sur la lettre (en principe deux mois), éventuellement avec un référé-suspension : voir sans attendre une association ou un avocat, et demander l'aide juridictionnelle.
prefecture-anef-next-silence = La demande déposée est rejetée implicitement au bout de quatre mois sans réponse, même si des API continuent d'être délivrées : la requête au tribunal administratif contre ce refus est alors proposée ici ; la personne peut la déposer elle-même, sans avocat, et une association ou un avocat peut la reprendre.
prefecture-anef-next-pieces-demandees = La préfecture a demandé des pièces : les envoyer au plus vite et garder la preuve de l'envoi. Tant qu'elles manquent, le délai de quatre mois est suspendu, et le silence sur un dossier incomplet ne se conteste pas comme un refus du titre : la requête n'est donc pas proposée ; voir une association ou un avocat si la préfecture ne répond plus une fois le dossier complété.
prefecture-anef-next-titre-delivre = Le titre est accordé : aller le retirer et garder la décision. Rien d'autre à faire ici.
prefecture-anef-next-refus-ecrit-titre = La préfecture a refusé le titre par écrit. Ce refus, surtout s'il ordonne de quitter la France, peut se contester dans un délai plus court que deux mois : voir aujourd'hui même une association ou un avocat, avec la lettre et son enveloppe, et demander l'aide juridictionnelle.

## Échéances
prefecture-anef-deadline-rejet-implicite-titre = Sans réponse de la préfecture, la demande de titre est rejetée implicitement (4 mois après le dépôt)
prefecture-anef-deadline-tribunal-titre = Dernier jour pour que la requête contre le refus implicite arrive au tribunal administratif

## Fiche d'explication remise à la personne.
prefecture-anef-explain-demande-substitution-asks = Ce courrier demande au préfet de vous recevoir pour enregistrer votre demande de titre de séjour autrement que par internet, parce que le site ne fonctionne pas pour vous malgré vos efforts.
prefecture-anef-explain-demande-substitution-to = Il part en lettre recommandée avec avis de réception au service des étrangers de la préfecture ({ $departement }), avec la liste datée de vos tentatives.
prefecture-anef-explain-demande-substitution-next = Aucun délai n'oblige la préfecture à répondre vite. Continuez à essayer et notez chaque essai (date, heure, capture d'écran), sur plusieurs semaines. Sans réponse, revenez nous voir : vous pourrez demander vous-même au juge d'obliger la préfecture à vous recevoir, ou une association ou un avocat le fera. { $demande_deposee ->
        [true] Votre demande déjà déposée sera considérée comme refusée le { $deadline-rejet-implicite-titre } si la préfecture ne répond pas : revenez nous voir avant cette date.
       *[other] {""}
    }
prefecture-anef-explain-demande-substitution-keep = Gardez une copie de ce courrier, le reçu d'envoi, l'avis de réception signé, toutes les captures d'écran et les réponses du centre de contact citoyens.
prefecture-anef-explain-refere-mesures-utiles-asks = Cette requête demande au juge des référés du tribunal administratif d'ordonner à la préfecture de { $rendez_vous_hors_anef ->
        [true] vous donner un rendez-vous
       *[other] vous recevoir
    } pour enregistrer votre demande de titre de séjour. C'est une procédure rapide, faite pour l'urgence ; vous pouvez la faire sans avocat.
prefecture-anef-explain-refere-mesures-utiles-to = Elle va au { $court-ta } : { $court-ta-address }. Le plus rapide est de la déposer au greffe du tribunal (l'accueil), qui donne un reçu ; sinon, envoyez-la en lettre recommandée avec avis de réception, en écrivant « Référé » sur l'enveloppe. Joignez une copie de la requête et de chaque pièce. Le site Télérecours citoyens permet aussi de l'envoyer par internet, mais ce n'est pas obligatoire.
prefecture-anef-explain-refere-mesures-utiles-next = Le tribunal vous écrit ou vous appelle pour vous donner la date de l'audience, souvent dans les jours qui suivent : gardez votre téléphone allumé et relevez votre courrier. Venez à l'audience avec une pièce d'identité et les originaux. Une association ou un avocat peut reprendre la requête à tout moment et vous accompagner à l'audience. Continuez pendant ce temps à noter chaque tentative sur le site.
prefecture-anef-explain-refere-mesures-utiles-keep = Gardez une copie de la requête et de toutes les pièces, le reçu du greffe ou de la poste, et tout courrier du tribunal.
prefecture-anef-letter-requete-refus-implicite = Requête au tribunal administratif contre le refus implicite du titre
prefecture-anef-explain-requete-refus-implicite-asks = Cette requête demande au tribunal administratif d'annuler le refus de votre demande de titre de séjour, né du silence de la préfecture, et d'ordonner au préfet de vous donner le titre ou de réexaminer votre demande. Vous pouvez la faire sans avocat.
prefecture-anef-explain-requete-refus-implicite-to = Elle va au { $court-ta } : { $court-ta-address }. Déposez-la au greffe du tribunal (l'accueil), qui donne un reçu, ou envoyez-la en lettre recommandée avec avis de réception assez tôt : c'est la date d'arrivée au tribunal qui compte, pas celle de la poste. Joignez une copie de la requête et de chaque pièce. Le site Télérecours citoyens permet aussi de l'envoyer par internet, mais ce n'est pas obligatoire.
prefecture-anef-explain-requete-refus-implicite-next = Le tribunal envoie la requête à la préfecture, qui répond par écrit ; vous recevrez sa réponse et pourrez y répondre. Cela prend souvent plusieurs mois. Gardez toute attestation de prolongation (API) ou tout récépissé que vous avez. Si vous voulez un avocat payé par l'État, envoyez la demande d'aide juridictionnelle (formulaire cerfa n° 16146) avant la date limite : le délai du tribunal repart alors à la décision sur l'aide. Une association ou un avocat peut reprendre la requête à tout moment et, si vous perdez votre travail ou vos droits, demander en même temps au juge des référés de suspendre le refus.
prefecture-anef-explain-requete-refus-implicite-keep = Gardez une copie de la requête et de toutes les pièces, le reçu du greffe ou de la poste, et tout courrier du tribunal ou de la préfecture.
