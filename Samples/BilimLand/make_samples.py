#!/usr/bin/env python3
"""Writes the synthetic Bilim Land test-results samples in this folder.

Run once from this folder (`python3 make_samples.py`); the output is committed. Every person here
is invented. The layout is RECONSTRUCTED (no Bilim Land export format is public; see
docs/formats/bilimland.md): a title row naming the platform, then a long table with one row per
student, test and attempt.
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# The same 7А as in Samples/OnlineMektep, but spelled with Russian letters, as the portal keeps
# them (Нурланулы Ерасыл here, Нұрланұлы Ерасыл in OnlineMektep).
KAZAKH_TO_RUSSIAN = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")
STUDENTS = [name.translate(KAZAKH_TO_RUSSIAN) for name in [
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
]]

# (title, type, quarter, date, maximum or None for a percent-only practice test)
TESTS = [
    ("СОР 1. Рациональные числа", "СОР", "1", "19.09.2025", "10"),
    ("Тренажёр: действия с дробями", "Тест", "1", "03.10.2025", None),
    ("СОР 2. Линейные уравнения", "СОР", "1", "10.10.2025", "15"),
    ("СОЧ за 1 четверть", "СОЧ", "1", "22.10.2025", "20"),
]

# Per student and test: the attempts, each (score, date or None for the test's date). A score for
# a percent-only test is a percentage. Status words stand in the score cell.
ATTEMPTS = {
    0: [[("9",)], [("85%",)], [("13",)], [("18",)]],
    1: [[("4",), ("6", "26.09.2025")], [("55%",)], [("9",)], [("12",)]],
    2: [[("10",)], [("100%",)], [("14",)], [("19",)]],
    3: [[("10",)], [("90%",)], [("Освобождён",)], [("20",)]],
    4: [[("7",)], [("70%",)], [("11",)], [("15",)]],
    5: [[("5",)], [("40%",), ("65%", "06.10.2025")], [("8",)], [("Не сдано",)]],
    6: [[("3",), ("8", "25.09.2025"), ("7", "30.09.2025")], [("75%",)], [("10",)], [("14",)]],
    7: [[("8",)], [("80%",)], [("12.5",)], [("17",)]],
    8: [[("5",)], [("",)], [("7",)], [("11",)]],
    9: [[("8",)], [("77.5%",)], [("11",)], [("16",)]],
    10: [[("9",)], [("95%",)], [("15",)], [("19",)]],
    11: [[("8",)], [("82%",)], [("13",)], [("17",)]],
}


def percent_text(score, maximum):
    value = round(float(score) / float(maximum) * 100, 1)
    return (f"{value:g}") + "%"


def result_rows(labels, subject, letters=lambda s: s):
    rows = [labels]
    number = 0
    for test_index, (title, kind, quarter, date, maximum) in enumerate(TESTS):
        for student_index, name in enumerate(STUDENTS):
            for attempt, entry in enumerate(ATTEMPTS[student_index][test_index], start=1):
                cell = entry[0]
                when = entry[1] if len(entry) > 1 else date
                number += 1
                if maximum is None:
                    score, top, pct = "", "", cell
                elif cell.replace(".", "").isdigit():
                    score, top, pct = cell, maximum, percent_text(cell, maximum)
                else:
                    score, top, pct = cell, maximum, ""
                rows.append([str(number), letters(name), "7А", subject, title, kind, quarter, when, str(attempt),
                             score, top, pct])
    return rows


RUSSIAN = ["№", "Ученик", "Класс", "Предмет", "Тест", "Тип", "Четверть", "Дата", "Попытка", "Балл", "Макс. балл",
           "Процент"]
KAZAKH = ["№", "Оқушы", "Сынып", "Пән", "Тест", "Түрі", "Тоқсан", "Күні", "Талпыныс", "Ұпай", "Макс. ұпай",
          "Пайыз"]


def csv_text(rows, delimiter=",", line_end="\r\n"):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=line_end, quoting=csv.QUOTE_MINIMAL)
    for row in rows:
        writer.writerow(row)
    return out.getvalue()


def decimal_commas(rows, header_rows):
    def fix(cell):
        bare = cell.rstrip("%")
        return cell.replace(".", ",") if bare.replace(".", "", 1).isdigit() and "." in bare and len(
            bare.split(".")[1]) < 3 else cell
    return rows[:header_rows] + [[fix(cell) for cell in row] for row in rows[header_rows:]]


def write(name, data):
    path = os.path.join(HERE, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as file:
        file.write(data)


TITLE_RU = [["Bilim Land — результаты тестирования"], ["Школа: КГУ «Школа-гимназия №7»", "Класс: 7А"]]
TITLE_KZ = [["Bilim Land — тест нәтижелері"], ["Мектеп: №7 мектеп-гимназиясы", "Сынып: 7А"]]

# The portal's download: UTF-8 with BOM, commas.
write("7А результаты тестов.csv",
      b"\xef\xbb\xbf" + csv_text(TITLE_RU + result_rows(RUSSIAN, "Математика")).encode("utf-8"))
# Russian Excel's re-save: CP1251, `;`, decimal commas (12,5 and 77,5%).
write("7А результаты тестов (Excel).csv",
      csv_text(decimal_commas(TITLE_RU + result_rows(RUSSIAN, "Математика"), 3), delimiter=";").encode("cp1251"))
# The Kazakh UI, tab-separated as "Unicode text" would be, but UTF-8: labels in Kazakh.
write("7А тест нәтижелері.tsv",
      csv_text(TITLE_KZ + result_rows(KAZAKH, "Математика"), delimiter="\t", line_end="\n").encode("utf-8"))


# MARK: - Bad inputs

def bad(name, rows):
    write("bad/" + name, b"\xef\xbb\xbf" + csv_text(TITLE_RU + rows).encode("utf-8"))


SHORT = result_rows(RUSSIAN, "Математика")[:5]  # header and four rows of СОР 1


def with_cell(rows, row, column, value):
    rows = [list(r) for r in rows]
    rows[row][column] = value
    return rows


# Line 4 of the file (the first result row), field 10 (Балл).
bad("unknown-word.csv", with_cell(SHORT, 1, 9, "см. тетрадь"))
bad("negative-score.csv", with_cell(with_cell(SHORT, 1, 9, "-2"), 1, 11, ""))
bad("score-over-max.csv", with_cell(with_cell(SHORT, 1, 9, "12"), 1, 11, "120%"))
# A download cut inside a quoted test title.
full = csv_text(TITLE_RU + with_cell(SHORT, 4, 4, "СОР 1. Рациональные числа, часть 1")).encode("utf-8")
write("bad/truncated.csv", b"\xef\xbb\xbf" + full[: full.index("часть".encode("utf-8"))])
# Another platform's file: an OnlineMektep journal.
write("bad/onlinemektep-journal.csv", csv_text([
    ["Электронный журнал OnlineMektep"],
    ["Класс: 7А", "Предмет: Математика", "1 четверть 2025-2026 уч. года"],
    ["№", "ФИО", "02.09", "09.09", "СОР 1 (макс. 10)", "СОЧ (макс. 20)", "Четвертная"],
    ["1", "Нұрланұлы Ерасыл", "6", "", "7", "14", "4"],
]).encode("utf-8"))
