#!/usr/bin/env python3
"""Fills the plural forms of translations/armcpg_en.ts from the English source text.

English is the source language; only messages with %n need forms: singular and plural. The source is
written in the plural ("%n working days", "%n change(s)"); the singular drops the plural ending of the
word that follows %n (or the "(s)").
"""
import re
import sys
from pathlib import Path

SINGULAR = [("entries", "entry"), ("days", "day"), ("months", "month"), ("hours", "hour"), ("(s)", "")]


def forms(source: str) -> tuple[str, str]:
    plural = source.replace("(s)", "s")
    singular = source
    for many, one in SINGULAR:
        singular = singular.replace(many, one)
    return singular, plural


def main(path: Path) -> None:
    text = path.read_text(encoding="utf-8")

    def fill(match: re.Match) -> str:
        source = match.group(2)
        one, many = forms(source)
        return (f'{match.group(1)}<translation>\n            <numerusform>{one}</numerusform>\n'
                f'            <numerusform>{many}</numerusform>\n        </translation>')

    pattern = re.compile(r'(<message numerus="yes">\s*(?:<location[^>]*/>\s*)*<source>(.*?)</source>\s*'
                         r'(?:<comment>.*?</comment>\s*)?)<translation[^>]*>.*?</translation>', re.S)
    path.write_text(pattern.sub(fill, text), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "translations/armcpg_en.ts"))
