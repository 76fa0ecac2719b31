"""Build ``plugins/offline/data/countries.json``: country names, adjectives and capitals.

CLDR (through babel) has country names in every language but no adjectives (demonyms), so
this file adds what CLDR lacks, from two sources:

- the ``world-countries`` data set by Mohammed Le Doze (npm package ``world-countries``,
  ODbL 1.0): English and French adjectives (masculine and feminine), common and official
  names in English, French and Persian, English alternative spellings and capitals;
- Persian adjectives, which no maintained data set lists, derived here from the CLDR and
  ``world-countries`` Persian names by the regular rule of Persian (the relational suffix
  ``ی``: ``نروژ`` → ``نروژی``; ``یی`` after ``ا``/``و``: ``کنیا`` → ``کنیایی``; ``ایی`` after
  ``ی``: ``اندونزی`` → ``اندونزیایی``; ``‌ای`` after a silent ``ه``), with the irregular
  forms in ``PERSIAN_IRREGULAR`` below. Names of several words get no derived adjective.

French plural forms add ``s`` (``x``/``s`` endings unchanged); English plural nouns add
``s`` unless the adjective ends in ``ese``, ``ish``, ``ch`` or ``ss``.

Run from the repository's top level, with babel installed:

    npm pack world-countries && tar xzf world-countries-*.tgz
    python tools/make_country_data.py package/countries.json

The CLDR names themselves are read from babel when polybrief runs, not stored here.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "plugins" / "offline" / "data" / "countries.json"
ZWNJ = "\u200c"

# Persian adjectives that do not follow the regular rule (or of multi-word names).
PERSIAN_IRREGULAR = {
    "FR": ["فرانسوی"],
    "RU": ["روس", "روسی"],
    "SY": ["سوری"],
    "TR": ["ترک", "ترکیه‌ای"],
    "US": ["آمریکایی", "امریکایی"],
    "GB": ["انگلیسی", "بریتانیایی"],
    "SA": ["سعودی"],
    "AE": ["اماراتی"],
    "KR": ["کره‌ای", "کره جنوبی"],
    "KP": ["کره شمالی"],
    "NZ": ["نیوزیلندی"],
    "ZA": ["آفریقای جنوبی"],
    "PS": ["فلسطینی"],
    "DE": ["آلمانی"],
    "NL": ["هلندی"],
    "CH": ["سوئیسی"],
    "SE": ["سوئدی"],
    "AF": ["افغان", "افغانستانی"],
    "NG": ["نیجریه‌ای"],
    "EG": ["مصری"],
    "IQ": ["عراقی"],
    "CN": ["چینی"],
    "IN": ["هندی"],
    "PK": ["پاکستانی"],
    "IL": ["اسرائیلی"],
    "LB": ["لبنانی"],
}
# Common words that are also (derived) country forms: never read them as countries.
PERSIAN_SKIP = {"مالی", "هندی"}

TERRITORY_EXCLUDED = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "XK"}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


def persian_adjectives(name: str) -> list[str]:
    name = nfc(name).replace("\u0654", "").replace("ۀ", "ه")
    if " " in name or ZWNJ in name or len(name) < 2:
        return []
    if name.endswith(("ا", "و")):
        return [name + "یی"]
    if name.endswith("ی"):
        return [name + "ایی"]
    if name.endswith("ه"):
        return [name + ZWNJ + "ای"]
    return [name + "ی"]


def english_forms(adjective: str) -> list[str]:
    if not adjective.strip():
        return []
    forms = [adjective]
    if not adjective.endswith(("ese", "ish", "ch", "ss", "s")):
        forms.append(adjective + "s")
    return forms


def french_forms(masculine: str, feminine: str) -> list[str]:
    forms = []
    for word in (masculine.lower(), feminine.lower()):
        if not word.strip():
            continue
        forms.append(word)
        forms.append(word if word.endswith(("s", "x")) else word + "s")
    return forms


def unique(items: list[str]) -> list[str]:
    seen, kept = set(), []
    for item in items:
        item = nfc(item)
        if item and item not in seen:
            seen.add(item)
            kept.append(item)
    return kept


def drop_shared_territory_forms(table: dict[str, list[str]], independent: set[str]) -> None:
    """A form a state shares with a dependent territory is the state's: ``American`` is the
    United States, not the Northern Mariana Islands; ``Dutch`` the Netherlands, not
    Caribbean Netherlands. Forms shared only by states, or only by territories, stay."""
    owners: dict[str, set[str]] = {}
    for code, forms in table.items():
        for form in forms:
            owners.setdefault(form.casefold(), set()).add(code)
    for code, forms in table.items():
        if code in independent:
            continue
        table[code] = [f for f in forms if not (owners[f.casefold()] - {code}) & independent]


def build(mledoze: list[dict]) -> dict:
    from babel import Locale

    cldr = {lang: Locale(lang).territories for lang in ("en", "fr", "fa")}
    names: dict[str, dict[str, list[str]]] = {"en": {}, "fr": {}, "fa": {}}
    adjectives: dict[str, dict[str, list[str]]] = {"en": {}, "fr": {}, "fa": {}}
    capitals: dict[str, list[str]] = {}
    for country in sorted(mledoze, key=lambda c: c["cca2"]):
        code = country["cca2"]
        if code in TERRITORY_EXCLUDED:
            continue
        english = [country["name"]["common"], country["name"]["official"]]
        english += [
            s
            for s in country.get("altSpellings", [])
            if len(s) > 3 and s.isascii() and "," not in s
        ]
        names["en"][code] = unique(english)
        for lang, key in (("fr", "fra"), ("fa", "per")):
            translated = country["translations"].get(key, {})
            names[lang][code] = unique(
                [translated.get("common", ""), translated.get("official", "")]
            )
        demonyms = country.get("demonyms", {})
        if "eng" in demonyms:
            adjectives["en"][code] = unique(
                english_forms(demonyms["eng"]["m"]) + english_forms(demonyms["eng"]["f"])
            )
        if "fra" in demonyms:
            adjectives["fr"][code] = unique(
                french_forms(demonyms["fra"]["m"], demonyms["fra"]["f"])
            )
        persian = list(PERSIAN_IRREGULAR.get(code, []))
        if code not in PERSIAN_IRREGULAR:
            for name in [cldr["fa"].get(code, ""), *names["fa"][code][:1]]:
                persian += persian_adjectives(name)
        persian = [p for p in unique(persian) if p not in PERSIAN_SKIP]
        if persian:
            adjectives["fa"][code] = persian
        if country.get("capital"):
            capitals[code] = unique(country["capital"])
    independent = {c["cca2"] for c in mledoze if c.get("independent")}
    for table in adjectives.values():
        drop_shared_territory_forms(table, independent)
    for table in (*names.values(), *adjectives.values()):
        for code in [c for c, forms in table.items() if not forms]:
            del table[code]
    return {
        "about": (
            "Generated by tools/make_country_data.py. Adjectives, extra names and capitals "
            "from the world-countries data set by Mohammed Le Doze (ODbL 1.0); Persian "
            "adjectives derived by rule from CLDR and world-countries names. Country names "
            "from CLDR are read from babel at run time."
        ),
        "names": names,
        "adjectives": adjectives,
        "capitals": capitals,
    }


def main(path: str) -> None:
    data = build(json.loads(Path(path).read_text("utf-8")))
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n", "utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
