#!/usr/bin/env python3
"""Rewrites a workbook saved by LibreOffice into the two forms it never writes: inline strings
(scores-inline.xlsx: the cells of column E as <is><t>) and strict OOXML (scores-strict.xlsx)."""
import re, sys, zipfile, os, html

src, outdir = sys.argv[1], sys.argv[2]

def parts(path):
    with zipfile.ZipFile(path) as z:
        return [(i, z.read(i.filename)) for i in z.infolist()]

def write(path, items):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            z.writestr(info.filename, data)

items = parts(src)
strings = []
for info, data in items:
    if info.filename == 'xl/sharedStrings.xml':
        for si in re.findall(rb'<si>(.*?)</si>', data, re.S):
            strings.append(b''.join(re.findall(rb'<t[^>]*>(.*?)</t>', si, re.S)))

def inline(m):
    ref, idx = m.group(1), int(m.group(2))
    return b'<c r="' + ref + b'" s="0" t="inlineStr"><is><t>' + strings[idx] + b'</t></is></c>'

out = []
for info, data in items:
    if info.filename.startswith('xl/worksheets/sheet2'):
        data = re.sub(rb'<c r="(E\d+)" s="0" t="s"><v>(\d+)</v></c>', inline, data)
    out.append((info, data))
write(os.path.join(outdir, 'scores-inline.xlsx'), out)

strict = {
    b'http://schemas.openxmlformats.org/spreadsheetml/2006/main': b'http://purl.oclc.org/ooxml/spreadsheetml/main',
    b'http://schemas.openxmlformats.org/officeDocument/2006/relationships':
        b'http://purl.oclc.org/ooxml/officeDocument/relationships',
}
out = []
for info, data in items:
    if info.filename.endswith('.xml') or info.filename.endswith('.rels'):
        for a, b in strict.items():
            data = data.replace(a, b)
        if info.filename == 'xl/workbook.xml':
            data = data.replace(b'<workbook ', b'<workbook conformance="strict" ', 1)
    out.append((info, data))
write(os.path.join(outdir, 'scores-strict.xlsx'), out)
