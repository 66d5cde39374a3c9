#!/usr/bin/env python3
"""Generates resources/seed/citizenship.csv (directory "citizenship", LP1-15) from Debian's iso-codes.

Source data (package iso-codes):
  /usr/share/iso-codes/json/iso_3166-1.json              every ISO 3166-1 country (249)
  /usr/share/locale/kk/LC_MESSAGES/iso_3166-1.mo         Kazakh names
  /usr/share/locale/ru/LC_MESSAGES/iso_3166-1.mo         Russian names

Output: the common seed header, code = alpha-2, attributes alpha3=...;numeric=..., plus the entry XX
"stateless person" (stateless=1). Kazakhstan first, then by Russian name, the stateless entry last.

Names are the catalogues' translations of the ISO short name. OVERRIDES below corrects the few catalogue
entries that are missing or plainly wrong; every override says why. Standard library only.

Usage: scripts/generate-citizenship.py [--iso-dir DIR] [--locale-dir DIR] [--output FILE]
"""

import argparse
import csv
import gettext
import json
import os
import sys

HEADER = ["code", "parent", "name_kk", "name_ru", "name_en", "valid_from", "valid_to", "sort", "source",
          "attributes"]

# (alpha-2, language) -> name. Only for catalogue entries that are missing or wrong.
OVERRIDES = {
    ("TR", "ru"): "Турция",                      # msgid "Türkiye" (renamed in ISO) has no Russian translation
    ("US", "ru"): "Соединённые Штаты Америки",   # catalogue: "Соединённые штаты" (lower case, no "Америки")
    ("UM", "ru"): "Внешние малые острова США",   # catalogue: "Соединенные штаты Малых Удаленных островов"
    ("CF", "ru"): "Центральноафриканская Республика",  # catalogue: "Центрально-африканская республика"
    ("DO", "ru"): "Доминиканская Республика",    # catalogue: "Доминиканская республика" (lower case)
    ("MP", "ru"): "Северные Марианские острова",  # catalogue: "Острова северной Марианы"
    ("KG", "ru"): "Кыргызстан",                  # catalogue: "Киргизия"; Kazakhstan's official usage
    ("US", "kk"): "Америка Құрама Штаттары",     # catalogue: the abbreviation "АҚШ"
    ("YT", "kk"): "Майотта",                     # catalogue: "Мариотт" (a hotel chain)
    ("TF", "kk"): "Францияның Оңтүстік аумақтары",  # catalogue says "Солтүстік" (northern)
    ("AS", "kk"): "Америкалық Самоа",            # catalogue: "Шығыс Самоа (АҚШ)"
}

# Former or alternative English names to try when the current msgid has no translation.
ALIASES = {"Türkiye": ["Turkey"]}

STATELESS = {
    "code": "XX",
    "name_kk": "Азаматтығы жоқ адам",
    "name_ru": "Лицо без гражданства",
    "name_en": "Stateless person",
    "source": "R-7; I-2",
    "attributes": "stateless=1",
}


def load_catalogue(locale_dir, language):
    path = os.path.join(locale_dir, language, "LC_MESSAGES", "iso_3166-1.mo")
    with open(path, "rb") as f:
        return gettext.GNUTranslations(f)


def translate(catalogue, country, language):
    """The translated short name, trying name, common name, official name and aliases in that order."""
    override = OVERRIDES.get((country["alpha_2"], language))
    if override:
        return override
    candidates = [country["name"], country.get("common_name"), country.get("official_name")]
    candidates += ALIASES.get(country["name"], [])
    for msgid in candidates:
        if not msgid:
            continue
        text = catalogue.gettext(msgid)
        if text != msgid:
            return text.replace("\u0301", "")  # a few entries carry stress marks
    return None


def russian_sort_key(name):
    return name.lower().replace("ё", "е")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iso-dir", default="/usr/share/iso-codes/json")
    parser.add_argument("--locale-dir", default="/usr/share/locale")
    parser.add_argument("--output", default=os.path.join(here, "..", "resources", "seed", "citizenship.csv"))
    args = parser.parse_args()

    with open(os.path.join(args.iso_dir, "iso_3166-1.json"), encoding="utf-8") as f:
        countries = json.load(f)["3166-1"]
    kk = load_catalogue(args.locale_dir, "kk")
    ru = load_catalogue(args.locale_dir, "ru")

    entries = []
    missing = []
    for country in countries:
        name_kk = translate(kk, country, "kk")
        name_ru = translate(ru, country, "ru")
        if not name_kk or not name_ru:
            missing.append(country["alpha_2"])
            continue
        entries.append({
            "code": country["alpha_2"],
            "name_kk": name_kk,
            "name_ru": name_ru,
            "name_en": country.get("common_name", country["name"]),
            "source": "ISO 3166-1 (iso-codes)",
            "attributes": "alpha3={};numeric={}".format(country["alpha_3"], country["numeric"]),
        })
    if missing:
        sys.exit("no Kazakh or Russian name for: " + ", ".join(missing) + " (add them to OVERRIDES)")

    entries.sort(key=lambda e: (e["code"] != "KZ", russian_sort_key(e["name_ru"])))
    entries.append(STATELESS)

    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    with open(args.output, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(HEADER)
        for index, e in enumerate(entries, start=1):
            writer.writerow([e["code"], "", e["name_kk"], e["name_ru"], e["name_en"], "", "", index * 10,
                             e["source"], e["attributes"]])
    print("wrote {} entries to {}".format(len(entries), os.path.normpath(args.output)))


if __name__ == "__main__":
    main()
