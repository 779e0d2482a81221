"""Write the gazetteer's country and city tables from pycountry and hand-written facts.

Run it from anywhere with pycountry installed (a tool dependency, never a runtime one)::

    python tools/make_gazetteer.py

Inputs, all in ``tools/``:

- pycountry's ISO 3166-1 list: codes, names, official names (plus Kosovo, ``XK``);
- ``country_names.tsv``: the newsroom short name and other names of a country;
- ``demonyms.tsv``: the adjectives and singular nouns of every country;
- ``cities.tsv``: capitals and major cities, one row per country.

Outputs, in ``src/migmodel/data/``:

- ``countries.tsv``: code, name, official name, other names, demonyms (plurals included);
- ``cities.tsv``: name, country code, ``capital`` or ``city``, other spellings.

``regions.tsv`` and ``place_stoplist.txt`` are hand-written data files, not generated.
The script refuses to write when a name or demonym would belong to two countries, when a
country has no demonym row, or when a city names an unknown country.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import pycountry

TOOLS = Path(__file__).resolve().parent
DATA = TOOLS.parent / "src" / "migmodel" / "data"

EXTRA_COUNTRIES = {"XK": ("Kosovo", "Republic of Kosovo")}
"""User-assigned codes in common use that ISO 3166-1 (and pycountry) lack."""

NO_PLURAL_ENDINGS = ("ese", "ish", "tch", "nch", "ss", "ic", "ois", "ais", "x", "z", "y")
"""Demonym endings that take no plural ``s``: Senegalese, British, Dutch, Swiss, Icelandic."""


def read_rows(name: str) -> list[list[str]]:
    """The tab-separated rows of a tools data file, comments and blank lines skipped."""
    rows = []
    for line in (TOOLS / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            rows.append([cell.strip() for cell in line.split("\t")])
    return rows


def split_names(cell: str, separator: str = "|") -> list[str]:
    """The names in a ``|``-separated cell; ``-`` and empty cells hold none."""
    if cell in {"", "-"}:
        return []
    return [name.strip() for name in cell.split(separator) if name.strip()]


def plural(form: str) -> str | None:
    """The plural noun of a demonym: ``Moroccan`` -> ``Moroccans``, ``Frenchman`` -> ``Frenchmen``.

    >>> plural("Filipino"), plural("Senegalese"), plural("Irishwoman"), plural("Basotho!")
    ('Filipinos', None, 'Irishwomen', None)
    >>> plural("Dutchman"), plural("German"), plural("Omani")
    ('Dutchmen', 'Germans', 'Omanis')
    """
    if form.endswith("!"):
        return None
    if form.endswith("woman") or (form.endswith("man") and form[-4:-3] in {"h", "y"}):
        return form[:-3] + "men"  # Frenchman, Irishwoman, Jerseyman; but German -> Germans
    if form.endswith(NO_PLURAL_ENDINGS):
        return None
    return form + "s"


def fold(text: str) -> str:
    """Accent-free, case-free form of a name, for detecting clashes."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def without_article(name: str) -> str:
    """``the State of Eritrea`` -> ``State of Eritrea``."""
    return name[4:] if name.lower().startswith("the ") else name


def usable(name: str) -> bool:
    """ISO's inverted forms (``Korea, Republic of``) are not how articles write names."""
    return bool(name) and "," not in name and "(" not in name


def country_rows() -> list[tuple[str, str, str, list[str], list[str]]]:
    """Every country: code, short name, official name, other names, demonyms."""
    overrides = {row[0]: row for row in read_rows("country_names.tsv")}
    demonyms = {
        row[0]: split_names(row[1]) if len(row) > 1 else [] for row in read_rows("demonyms.tsv")
    }
    sources: dict[str, tuple[str, ...]] = {}
    for country in pycountry.countries:
        sources[country.alpha_2] = (
            country.name,
            getattr(country, "common_name", ""),
            without_article(getattr(country, "official_name", "")),
        )
    for code, (name, official) in EXTRA_COUNTRIES.items():
        sources[code] = (name, "", official)
    problems = [f"{code}: no row in demonyms.tsv" for code in sources if code not in demonyms]
    problems += [
        f"{code}: unknown code in country_names.tsv" for code in overrides if code not in sources
    ]
    problems += [
        f"{code}: unknown code in demonyms.tsv" for code in demonyms if code not in sources
    ]
    chosen = {
        fold(name): row[0]
        for row in overrides.values()
        for name in row[1:2] + split_names(row[2] if len(row) > 2 else "")
    }
    rows = []
    owner: dict[str, str] = {}
    for code in sorted(sources):
        name, common, official = sources[code]
        override = overrides.get(code, [])
        short = override[1] if len(override) > 1 else common or name
        official = official if usable(official) else short
        names = [short, official, *(split_names(override[2]) if len(override) > 2 else [])]
        names += [
            candidate
            for candidate in (name, common)
            if usable(candidate) and chosen.get(fold(candidate), code) == code
        ]
        others = unique([other for other in names if other not in {short, official}])
        forms = [form.rstrip("!") for form in demonyms.get(code, [])]
        plurals = [plural(form) for form in demonyms.get(code, [])]
        for surface in [short, official, *others, *forms]:
            claimed = owner.setdefault(fold(surface), code)
            if claimed != code:
                problems.append(f"{surface!r} names both {claimed} and {code}")
        plural_forms = []
        for form in plurals:
            if form is not None and fold(form) not in owner:
                owner[fold(form)] = code
                plural_forms.append(form)
        rows.append((code, short, official, others, unique(forms + plural_forms)))
    if problems:
        raise SystemExit("make_gazetteer: " + "; ".join(problems))
    return rows


def unique(names: list[str]) -> list[str]:
    """The names in order, each kept once."""
    return list(dict.fromkeys(names))


def city_rows(countries: dict[str, set[str]]) -> list[tuple[str, str, str, list[str]]]:
    """Every city: name, country code, ``capital`` or ``city``, other spellings.

    ``countries`` maps codes to the folded names of that country; a city spelling that is
    also a country's name is dropped (the country wins), a city naming two places is an error.
    """
    taken = {name: code for code, names in countries.items() for name in names}
    owner: dict[str, str] = {}
    rows = []
    problems = []
    for row in read_rows("cities.tsv"):
        code = row[0]
        if code not in countries:
            problems.append(f"{code}: unknown code in cities.tsv")
            continue
        for column, kind in ((1, "capital"), (2, "city")):
            cell = row[column] if len(row) > column else ""
            for city in split_names(cell, ";"):
                spellings = [name for name in split_names(city) if fold(name) not in taken]
                if not spellings:
                    continue
                for spelling in spellings:
                    claimed = owner.setdefault(fold(spelling), spellings[0])
                    if claimed != spellings[0]:
                        problems.append(f"{spelling!r} names both {claimed} and {spellings[0]}")
                rows.append((spellings[0], code, kind, spellings[1:]))
    if problems:
        raise SystemExit("make_gazetteer: " + "; ".join(problems))
    return rows


HEADERS = {
    "countries.tsv": (
        "# Countries of the gazetteer. Generated by tools/make_gazetteer.py: do not edit by hand,\n"
        "# edit tools/country_names.tsv or tools/demonyms.tsv and re-run the script.\n"
        "# Columns: ISO 3166-1 alpha-2 code <TAB> usual English name <TAB> official name\n"
        "# <TAB> other names, |-separated <TAB> demonyms (adjectives, nouns, plurals),\n"
        "# |-separated.\n"
    ),
    "cities.tsv": (
        "# Capitals and major cities of the gazetteer. Generated by tools/make_gazetteer.py:\n"
        "# do not edit by hand, edit tools/cities.tsv and re-run the script.\n"
        "# Columns: usual English name <TAB> ISO 3166-1 alpha-2 code <TAB> capital or city\n"
        "# <TAB> other spellings, |-separated.\n"
    ),
}


def write(name: str, rows: list[list[str]]) -> None:
    """Write a data file: its header comment, then one tab-separated row a line."""
    lines = ["\t".join(row).rstrip("\t") for row in rows]
    (DATA / name).write_text(HEADERS[name] + "\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    """Build both tables, write them, print their sizes."""
    countries = country_rows()
    write(
        "countries.tsv",
        [
            [code, name, official, "|".join(others), "|".join(forms)]
            for code, name, official, others, forms in countries
        ],
    )
    names = {
        code: {fold(name) for name in (short, official, *others, *forms)}
        for code, short, official, others, forms in countries
    }
    cities = city_rows(names)
    write(
        "cities.tsv", [[name, code, kind, "|".join(others)] for name, code, kind, others in cities]
    )
    capitals = sum(1 for _, _, kind, _ in cities if kind == "capital")
    print(f"countries.tsv: {len(countries)} countries")
    print(f"cities.tsv: {len(cities)} cities ({capitals} capitals)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
