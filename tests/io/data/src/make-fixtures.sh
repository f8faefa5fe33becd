#!/usr/bin/env bash
# Produces the committed .xlsx fixtures of tests/io/data once; CI never runs this (it needs LibreOffice).
#   scores-libreoffice.xlsx      LibreOffice Calc's own save of scores-libreoffice.fods (two sheets, shared
#                                strings with rich text, a formula, a date, empty cells, a blank row)
#   scores-bad-libreoffice.xlsx  LibreOffice's save of scores-bad-libreoffice.fods (bad cells)
#   scores-inline.xlsx, scores-strict.xlsx   that same file rewritten by xlsx-variants.py: the note column as
#                                inline strings, and the namespaces and relationship types of strict OOXML
#                                (LibreOffice writes neither)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/.."
profile="$(mktemp -d)"
for f in scores-libreoffice scores-bad-libreoffice; do
    soffice -env:UserInstallation="file://$profile" --headless --convert-to xlsx:"Calc MS Excel 2007 XML" \
        --outdir "$out" "$here/$f.fods" >/dev/null
done
python3 "$here/xlsx-variants.py" "$out/scores-libreoffice.xlsx" "$out"
rm -rf "$profile"
