"""Prints the public holidays of every zone for a range of years, from the
independent reference implementations the Rust calendars are checked
against (installed by scripts/setup.sh; test oracles, not runtime code):

    <zone> <YYYY-MM-DD>          from jours-feries-france 0.7.0 (every zone)
    workalendar <zone> <date>    from workalendar 17.0.0 (metropole, alsace-moselle)

Its output for 1950-2100 is committed as fixtures/holidays-1950-2100.txt, so
that `cargo test` needs no Python; scripts/regenerate-holiday-oracle.sh
rewrites it.
"""
import sys

from jours_feries_france import JoursFeries
from workalendar.europe import France, FranceAlsaceMoselle

ZONES = {
    "metropole": "Métropole",
    "alsace-moselle": "Alsace-Moselle",
    "guadeloupe": "Guadeloupe",
    "martinique": "Martinique",
    "guyane": "Guyane",
    "reunion": "La Réunion",
    "mayotte": "Mayotte",
    "saint-barthelemy": "Saint-Barthélémy",
    "saint-martin": "Saint-Martin",
}

first, last = int(sys.argv[1]), int(sys.argv[2])
for year in range(first, last + 1):
    for code, name in ZONES.items():
        for day in sorted(d for d in JoursFeries.for_year(year, zone=name).values() if d):
            print(code, day.isoformat())
    for code, calendar in (("metropole", France()), ("alsace-moselle", FranceAlsaceMoselle())):
        for day, _ in sorted(calendar.holidays(year)):
            print("workalendar", code, day.isoformat())
