#!/usr/bin/env python3
"""Writes `10А журнал 2 четверть.xlsx`: a workbook with one journal sheet per subject, as a class
teacher keeps it in Excel. Standard library only (zipfile): shared strings for the headings and
names, numbers as numbers, an inline string, a decimal score, a merged-looking group row.
Run from this folder: python3 make_xlsx.py"""
import zipfile
from xml.sax.saxutils import escape

SHEETS = {
    "Алгебра": [
        ["ФИО", "ФО 1", "ФО 2", "СОР 1 (20)", "СОР 2 (15)", "СОЧ (25)", "Четверть"],
        ["Абенов Айбек Нұрланұлы", 8, 9, 18, 14, 23, 5],
        ["Ващенко Полина Игоревна", 7, "н", 15, 11.5, 20, 4],
        ["Ерланқызы Мадина Ерланқызы", 9, 10, 19, "осв", 24, 5],
        ["Средний балл", 8, 9.5, 17.3, 12.8, 22.3, None],
    ],
    "Геометрия": [
        ["ФИО", "СОР 1", "СОР 2", "СОЧ", "Четверть"],
        ["макс.", 10, 10, 20, None],
        ["Абенов Айбек Нұрланұлы", 9, 8, 17, 5],
        ["Ващенко Полина Игоревна", 6, "отс", 14, 4],
        ["Ерланқызы Мадина Ерланқызы", 10, 9, 19, 5],
    ],
    "Заметки": [
        ["Журнал 10А, 2 четверть. Классный руководитель: Омарова Г. С."],
    ],
}

strings: list[str] = []


def shared(text: str) -> int:
    if text not in strings:
        strings.append(text)
    return strings.index(text)


def column(index: int) -> str:
    return chr(ord("A") + index)


def sheet_xml(rows) -> str:
    out = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, value in enumerate(row):
            ref = f"{column(c)}{r}"
            if value is None:
                continue
            if isinstance(value, (int, float)):
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            elif value == "отс":  # one inline string, as some writers produce
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>')
            else:
                cells.append(f'<c r="{ref}" t="s"><v>{shared(value)}</v></c>')
        out.append(f'<row r="{r}">{"".join(cells)}</row>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<sheetData>{"".join(out)}</sheetData></worksheet>')


def main() -> None:
    names = list(SHEETS)
    sheets = [sheet_xml(SHEETS[name]) for name in names]
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile("10А журнал 2 четверть.xlsx", "w", zipfile.ZIP_DEFLATED) as archive:
        class Fixed:
            """Writes every part with a fixed date, so that the workbook's bytes never change."""

            def writestr(self, name: str, data: str) -> None:
                info = zipfile.ZipInfo(name, date_time=(2025, 11, 1, 9, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, data)

        z = Fixed()
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(len(names)))
                   + '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                   '</Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml",
                   f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{ns}" xmlns:r="{rel}"><sheets>'
                   + "".join(f'<sheet name="{escape(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, n in enumerate(names))
                   + '</sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   + "".join(f'<Relationship Id="rId{i + 1}" Type="{rel}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(names)))
                   + f'<Relationship Id="rId{len(names) + 1}" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>'
                   '</Relationships>')
        for i, xml in enumerate(sheets):
            z.writestr(f"xl/worksheets/sheet{i + 1}.xml", xml)
        z.writestr("xl/sharedStrings.xml",
                   f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{ns}" count="{len(strings)}" uniqueCount="{len(strings)}">'
                   + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings) + "</sst>")


if __name__ == "__main__":
    main()
