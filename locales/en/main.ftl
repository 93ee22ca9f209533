# Permanence interface — English.

app-name = Permanence
app-tagline = Help with access-to-rights procedures
skip-to-content = Skip to content
offline-badge = Offline · everything stays on this computer
loading = Opening…

nav-label = Main navigation
nav-people = People
nav-dossiers = Cases
nav-deadlines = Deadlines
nav-procedures = Procedures
nav-settings = Settings
nav-shortcut-hint = Shortcut: Alt+{ $key }

people-title = People
people-empty = No one recorded yet.
people-empty-hint = The people you support will appear here. Their records stay on this computer.

dossiers-title = Cases
dossiers-empty = No open case.
dossiers-empty-hint = A case is opened for each procedure undertaken with a person.

deadlines-title = Deadlines
deadlines-empty = No upcoming deadline.
deadlines-empty-hint = Appeal deadlines and implicit-decision dates of every case will appear here, nearest first.

procedures-title = Procedures
procedures-empty = No procedure in the catalogue yet.
procedures-empty-hint = Each procedure will guide you step by step: what the law says, what to ask, which documents to gather and which letter to send.

settings-title = Settings
settings-language = Interface language
settings-language-help = Your choice is kept on this computer.
settings-about = About
settings-version = Version { $version }
settings-data-dir = Data is stored in { $path }
settings-locales = Available languages: { $list }
settings-offline = Permanence works without an internet connection. Nothing is sent anywhere.

not-found-title = Page not found
not-found-back = Back to people

error-title = Something went wrong
error-io = Cannot read or write the data: { $detail }
error-settings-corrupt = The settings file is unreadable; default settings are used.
error-unknown-language = Unknown language: { $code }
error-internal = Internal error: { $detail }
