#!/usr/bin/env python3
"""Writes the synthetic OnlineMektep journal samples in this folder.

Run once from this folder (`python3 make_samples.py`); the output is committed. Every person here
is invented. The layout is RECONSTRUCTED (no OnlineMektep export format is public; see
docs/formats/onlinemektep.md): a title row naming the platform, a row with class, subject and
quarter, then a class journal table.
"""
import csv
import io
import os
import zipfile
from decimal import ROUND_HALF_UP, Decimal

HERE = os.path.dirname(os.path.abspath(__file__))

# 7А, in the official order Surname Name Patronymic, with Kazakh letters (the OnlineMektep UI keeps
# them); the Russian-letter spelling is made by `russian_letters` for the Excel CP1251 re-save.
STUDENTS = [
    "Әбдірахманова Әйгерім Болатқызы",
    "Ахметов Нұрлан Серікұлы",
    "Жақсылықов Данияр Ерланұлы",
    "Иванова Мария Петровна",
    "Қасымова Інжу Асқарқызы",
    "Ким Алексей Сергеевич",
    "Нұрланұлы Ерасыл",
    "Оспанов Тимур Бауыржанұлы",
    "Өмірзақ Аңсар Талғатұлы",
    "Петров Дмитрий Андреевич",
    "Сейтқали Аружан Серікқызы",
    "Төлеген Айша Маратқызы",
]

KAZAKH_TO_RUSSIAN = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")


def russian_letters(text):
    return text.translate(KAZAKH_TO_RUSSIAN)


# MARK: - Quarter 1 (Russian UI)

Q1_DATES = ["02.09", "09.09", "16.09", "23.09", "30.09", "07.10", "14.10", "21.10"]
# Formative marks per lesson (10-point scale since 2020-2021); "" = no mark, "н" = absent.
Q1_DAILY = [
    ["8", "", "9", "", "7", "", "9", ""],
    ["", "6", "", "7", "", "5", "", "6"],
    ["9", "", "10", "", "", "9", "", "10"],
    ["", "10", "", "9", "10", "", "10", ""],
    ["7", "", "", "8", "", "7", "8", ""],
    ["", "5", "н", "", "6", "", "", "5"],
    ["6", "", "7", "", "", "8", "", "7"],
    ["", "8", "", "9", "8", "", "9", ""],
    ["5", "", "6", "", "", "н", "6", ""],
    ["", "7", "", "", "8", "", "7", "8"],
    ["10", "", "9", "", "10", "", "", "9"],
    ["", "9", "", "8", "", "9", "8", ""],
]
# СОР 1 (10), СОР 2 (15), СОЧ (20); "осв." = exempt, "н" = absent.
Q1_SUMMATIVE = [
    ["9", "13", "18"],
    ["6", "9", "12"],
    ["10", "14", "19"],
    ["10", "осв.", "20"],
    ["7", "11", "15"],
    ["5", "8", "н"],
    ["7", "10", "14"],
    ["8", "12.5", "17"],
    ["5", "7", "11"],
    ["8", "11", "16"],
    ["9", "15", "19"],
    ["8", "13", "17"],
]
Q1_MAXIMA = [Decimal(10), Decimal(15), Decimal(20)]


def percent(scores, maxima):
    """Σscore / Σmax × 100 over the numeric cells, or None."""
    pairs = [(Decimal(s), m) for s, m in zip(scores, maxima) if s.replace(".", "").isdigit()]
    if not pairs:
        return None
    return sum(s for s, _ in pairs) / sum(m for _, m in pairs) * 100


def quarter_mark(daily, summative, maxima):
    """The quarter mark by the 2020-2021 rules: 25 % ФО + 25 % СОР + 50 % СОЧ, spread over the
    components present, rounded half up, then 0–39 → 2, 40–64 → 3, 65–84 → 4, 85–100 → 5."""
    fo_marks = [Decimal(m) / 10 * 100 for m in daily if m.isdigit()]
    parts = []
    if fo_marks:
        parts.append((Decimal("0.25"), sum(fo_marks) / len(fo_marks)))
    sor = percent(summative[:-1], maxima[:-1])
    if sor is not None:
        parts.append((Decimal("0.25"), sor))
    soch = percent(summative[-1:], maxima[-1:])
    if soch is not None:
        parts.append((Decimal("0.50"), soch))
    total = sum(w * p for w, p in parts) / sum(w for w, _ in parts)
    total = total.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return "5" if total >= 85 else "4" if total >= 65 else "3" if total >= 40 else "2"


def q1_rows(letters=lambda s: s):
    header = ["№", "ФИО"]
    header += Q1_DATES[:4] + ["СОР 1 (макс. 10)"] + Q1_DATES[4:7] + ["СОР 2 (макс. 15)"]
    header += Q1_DATES[7:] + ["СОЧ (макс. 20)", "Итог, %", "Четвертная"]
    rows = [
        ["Электронный журнал OnlineMektep"],
        ["Класс: 7А", "Предмет: Математика", "Четверть: 1", "Учебный год: 2025-2026", "Учитель: Жумабаева Г. К."],
        [],
        header,
    ]
    for number, (name, daily, summative) in enumerate(zip(STUDENTS, Q1_DAILY, Q1_SUMMATIVE), start=1):
        mark = quarter_mark(daily, summative, Q1_MAXIMA)
        total = percent(summative, Q1_MAXIMA)
        row = [str(number), letters(name)]
        row += daily[:4] + [summative[0]] + daily[4:7] + [summative[1]] + daily[7:] + [summative[2]]
        row += [str(total.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)), mark]
        rows.append(row)
    # Сейтқали Аружан: the quarter mark is not set yet.
    rows[4 + 10][-1] = ""
    return rows


# MARK: - Quarter 2 (Kazakh UI)

Q2_DATES = ["04.11", "11.11", "18.11", "25.11", "02.12", "09.12", "16.12", "23.12"]
Q2_DAILY = [
    ["", "9", "", "8", "9", "", "", "10"],
    ["5", "", "6", "", "", "6", "7", ""],
    ["10", "", "", "9", "10", "", "9", ""],
    ["", "10", "9", "", "", "10", "", "9"],
    ["8", "", "", "7", "8", "", "н", ""],
    ["", "6", "", "5", "", "6", "", "7"],
    ["7", "", "8", "", "7", "", "8", ""],
    ["", "9", "", "8", "", "9", "", "8"],
    ["6", "", "н", "н", "", "5", "", "6"],
    ["", "8", "7", "", "8", "", "7", ""],
    ["9", "", "", "10", "", "10", "9", ""],
    ["", "8", "9", "", "8", "", "", "9"],
]
# БЖБ 1 (12), БЖБ 2 (10), ТЖБ (25); "босатылған" = exempt.
Q2_SUMMATIVE = [
    ["11", "9", "22"],
    ["7", "6", "14"],
    ["12", "10", "24"],
    ["12", "9", "25"],
    ["9", "8", "18"],
    ["6", "5", "13"],
    ["8", "7", "17"],
    ["10", "8", "20"],
    ["5", "босатылған", "12"],
    ["9", "7", "19"],
    ["11", "10", "23"],
    ["10", "9", "21"],
]
Q2_MAXIMA = [Decimal(12), Decimal(10), Decimal(25)]


def q2_rows():
    header = ["Р/с", "Аты-жөні"]
    header += Q2_DATES[:3] + ["БЖБ 1"] + Q2_DATES[3:6] + ["БЖБ 2"] + Q2_DATES[6:] + ["ТЖБ", "Тоқсандық баға"]
    maxima = ["", "Ең жоғары балл"] + [""] * 3 + ["12"] + [""] * 3 + ["10"] + [""] * 2 + ["25", ""]
    rows = [
        ["OnlineMektep — Сынып журналы"],
        ["Сынып: 7А", "Пән: Математика", "Тоқсан: 2", "Оқу жылы: 2025-2026"],
        header,
        maxima,
    ]
    for number, (name, daily, summative) in enumerate(zip(STUDENTS, Q2_DAILY, Q2_SUMMATIVE), start=1):
        row = [str(number), name]
        row += daily[:3] + [summative[0]] + daily[3:6] + [summative[1]] + daily[6:] + [summative[2]]
        row.append(quarter_mark(daily, summative, Q2_MAXIMA))
        rows.append(row)
    return rows


# MARK: - Writing


def csv_text(rows, delimiter=",", line_end="\r\n"):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=line_end, quoting=csv.QUOTE_MINIMAL)
    for row in rows:
        writer.writerow(row)
    return out.getvalue()


def decimal_commas(rows, header_rows):
    """What Russian Excel writes: `12.5` → `12,5` in the number cells below the header (the `02.09`
    headings are text here; see the README on Excel turning them into dates)."""
    def fix(cell):
        return cell.replace(".", ",") if cell.replace(".", "", 1).isdigit() else cell
    return rows[:header_rows] + [[fix(cell) for cell in row] for row in rows[header_rows:]]


def write(name, data):
    path = os.path.join(HERE, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as file:
        file.write(data)


def column_letter(index):
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def xlsx_bytes(rows, sheet_name, merge_title=True):
    """A minimal workbook as Excel writes it: shared strings, numbers as numbers, a merged title."""
    strings, index = [], {}
    sheet_rows = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, value in enumerate(row):
            if value == "":
                continue
            ref = f"{column_letter(c)}{r}"
            try:
                number = Decimal(value)
                cells.append(f'<c r="{ref}"><v>{number}</v></c>')
            except Exception:
                if value not in index:
                    index[value] = len(strings)
                    strings.append(value)
                cells.append(f'<c r="{ref}" t="s"><v>{index[value]}</v></c>')
        sheet_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    width = max(len(row) for row in rows)
    merge = (f'<mergeCells count="1"><mergeCell ref="A1:{column_letter(width - 1)}1"/></mergeCells>'
             if merge_title else "")
    escape = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<sheetData>{"".join(sheet_rows)}</sheetData>{merge}</worksheet>')
    shared = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
              f'count="{len(strings)}" uniqueCount="{len(strings)}">'
              + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings) + "</sst>")
    workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                f'<sheets><sheet name="{escape(sheet_name)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            '</Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>'),
        "xl/workbook.xml": workbook,
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            '</Relationships>'),
        "xl/worksheets/sheet1.xml": sheet,
        "xl/sharedStrings.xml": shared,
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=(2025, 12, 26, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))
    return out.getvalue()


# The platform's download: UTF-8 with BOM, commas, CRLF.
write("7А Математика 1 четверть.csv", b"\xef\xbb\xbf" + csv_text(q1_rows()).encode("utf-8"))
# Russian Excel's "CSV (разделители — точка с запятой)": CP1251, `;`, decimal commas. CP1251 has no
# Kazakh letters, so the names are spelled with Russian ones (Нурланулы Ерасыл).
write("7А Математика 1 четверть (Excel).csv",
      csv_text(decimal_commas(q1_rows(russian_letters), 4), delimiter=";").encode("cp1251"))
# The Kazakh UI: maxima in a row under the header, no BOM.
write("7А Математика 2-тоқсан.csv", csv_text(q2_rows()).encode("utf-8"))
# The same journal downloaded as a workbook.
write("7А Математика 2-тоқсан (Excel).xlsx", xlsx_bytes(q2_rows(), "7А Математика"))


# MARK: - Bad inputs

def bad(name, rows):
    write("bad/" + name, b"\xef\xbb\xbf" + csv_text(rows).encode("utf-8"))


SHORT = q1_rows()[:4 + 3]  # title, class row, blank, header, three students


def with_cell(rows, row, column, value):
    rows = [list(r) for r in rows]
    rows[row][column] = value
    return rows


# Line 6 of the file (the second student), field 7 (СОР 1, after №, ФИО and four dates).
bad("unknown-word.csv", with_cell(SHORT, 5, 6, "см. тетрадь"))
bad("negative-score.csv", with_cell(SHORT, 5, 6, "-3"))
bad("score-over-max.csv", with_cell(SHORT, 5, 6, "12"))
# A download cut inside a quoted cell (the class row is quoted because of a comma in it).
full = csv_text(with_cell(SHORT, 6, 1, "Жақсылықов Данияр, Ерланұлы")).encode("utf-8")
write("bad/truncated.csv", b"\xef\xbb\xbf" + full[: full.index("Данияр".encode("utf-8"))])
# Another platform's file: a Bilim Land test-results table.
write("bad/bilimland-results.csv", csv_text([
    ["Bilim Land — результаты тестов"],
    ["№", "Ученик", "Класс", "Предмет", "Тест", "Тип", "Четверть", "Дата", "Попытка", "Балл", "Макс. балл",
     "Процент"],
    ["1", "Нурланулы Ерасыл", "7А", "Математика", "СОР 1. Рациональные числа", "СОР", "1", "19.09.2025", "1",
     "7", "10", "70%"],
]).encode("utf-8"))
