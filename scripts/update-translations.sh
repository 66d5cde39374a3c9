#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (lupdate). Translate the new entries in Qt Linguist afterwards;
# Kazakh and Russian must stay complete. English is the source language: its file holds only plural forms.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LUPDATE=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
cd "$ROOT"
"$LUPDATE" -locations relative -no-obsolete core ui app -ts translations/armcpg_kk.ts translations/armcpg_ru.ts
"$LUPDATE" -locations relative -no-obsolete -pluralonly core ui app -ts translations/armcpg_en.ts
python3 "$ROOT/scripts/fill-english-plurals.py" "$ROOT/translations/armcpg_en.ts"
