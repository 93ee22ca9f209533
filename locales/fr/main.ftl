# Interface de Permanence — français (langue de référence).
# Chaque message doit exister dans toutes les langues, avec les mêmes variables.

app-name = Permanence
app-tagline = Aide aux démarches d'accès aux droits
skip-to-content = Aller au contenu
offline-badge = Hors ligne · tout reste sur cet ordinateur
loading = Ouverture…

nav-label = Navigation principale
nav-people = Personnes
nav-dossiers = Dossiers
nav-deadlines = Échéances
nav-procedures = Démarches
nav-settings = Paramètres
nav-shortcut-hint = Raccourci : Alt+{ $key }

people-title = Personnes
people-empty = Aucune personne enregistrée pour l'instant.
people-empty-hint = Les personnes accompagnées apparaîtront ici. Leurs fiches restent sur cet ordinateur.

dossiers-title = Dossiers
dossiers-empty = Aucun dossier ouvert.
dossiers-empty-hint = Un dossier est ouvert pour chaque démarche entreprise avec une personne.

deadlines-title = Échéances
deadlines-empty = Aucune échéance à venir.
deadlines-empty-hint = Les délais de recours et les dates de décision implicite de chaque dossier s'afficheront ici, les plus proches en premier.

procedures-title = Démarches
procedures-empty = Aucune démarche dans le catalogue pour l'instant.
procedures-empty-hint = Chaque démarche guidera pas à pas : ce que dit le droit, les questions à poser, les pièces à réunir et le courrier à envoyer.

settings-title = Paramètres
settings-language = Langue de l'interface
settings-language-help = Le choix est conservé sur cet ordinateur.
settings-about = À propos
settings-version = Version { $version }
settings-data-dir = Les données sont enregistrées dans { $path }
settings-locales = Langues disponibles : { $list }
settings-offline = Permanence fonctionne sans connexion internet. Rien n'est envoyé ailleurs.

not-found-title = Page introuvable
not-found-back = Revenir aux personnes

error-title = Une erreur est survenue
error-io = Impossible de lire ou d'écrire les données : { $detail }
error-settings-corrupt = Le fichier des paramètres est illisible ; les paramètres par défaut sont utilisés.
error-unknown-language = Langue inconnue : { $code }
error-internal = Erreur interne : { $detail }
