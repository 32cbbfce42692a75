#!/usr/bin/env python3
"""Writes the synthetic Opiq results samples in this folder.

Run once from this folder (`python3 make_samples.py`); the output is committed. Every person here
is invented. The layout is RECONSTRUCTED (no opiq.kz export format is public; see
docs/formats/opiq.md): a title row naming Opiq, the class, then one row per student with a value
column and a comment column per task. The values are the four kinds of feedback Opiq gives
(documented for opiq.ee): a score in percent, a mark 1–5 with + or −, a letter rating, and a
free-text (formative) comment.
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))

KAZAKH_TO_RUSSIAN = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")


def russian_letters(text):
    return text.translate(KAZAKH_TO_RUSSIAN)


# The same 7А, with Kazakh letters (the Excel CP1251 re-save spells them with Russian letters).
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

TASKS_RU = [
    "СОР 1. Рациональные числа",       # score, percent
    "Самостоятельная работа §4",       # mark 1–5 with + / −
    "Проект «Пропорции»",              # letter rating
    "Эссе: где нужны дроби",           # formative comment only
    "СОЧ за 1 четверть",               # score, percent
]
TASKS_KZ = [
    "БЖБ 1. Рационал сандар",
    "Өзіндік жұмыс §4",
    "«Пропорциялар» жобасы",
    "Эссе: бөлшектер қайда керек",
    "1-тоқсан бойынша ТЖБ",
]

MINUS = "\u2212"
# Per student, per task: (value, comment).
RESULTS = [
    [("90%", ""), ("5", ""), ("A", "Отличная работа"), ("", "Хорошо раскрыта тема"), ("88%", "")],
    [("60%", "Повтори правила знаков"), ("3" + MINUS, ""), ("C", ""), ("", ""), ("62.5%", "")],
    [("100%", ""), ("5-", "Небрежно оформлено"), ("A", ""), ("", "Примеры из жизни, молодец"), ("95%", "")],
    [("95%", ""), ("5", ""), ("Освобождён", "Справка"), ("", ""), ("100%", "")],
    [("70%", ""), ("4+", "Почти без ошибок"), ("B", ""), ("", "Мало примеров, добавь свои"), ("75%", "")],
    [("50%", ""), ("3", ""), ("", ""), ("", ""), ("н", "Болел, напишет позже")],
    [("80%", ""), ("4", ""), ("B", "Хорошая презентация, но \"выводы\" слабые"), ("", ""), ("70%", "")],
    [("85%", ""), ("4+", ""), ("B", ""), ("", "Интересно, но много ошибок:\nпроверь орфографию"), ("85%", "")],
    [("45%", ""), ("3+", ""), ("C", ""), ("", ""), ("55%", "")],
    [("75%", ""), ("4" + MINUS, ""), ("B", ""), ("", "Хорошо"), ("80%", "")],
    [("95%", ""), ("5", ""), ("A", ""), ("", ""), ("95%", "")],
    [("85%", ""), ("4.5", ""), ("A", ""), ("", ""), ("85%", "")],
]


def rows(title, class_row, labels, tasks, comment_label, letters=lambda s: s, comma=False, minus=MINUS):
    header = [labels[0], labels[1]]
    for task in tasks:
        header += [task, comment_label]
    out = [title, class_row, header]
    for name, results in zip(STUDENTS, RESULTS):
        row = [letters(name), "7А"]
        for value, comment in results:
            if comma:
                value = value.replace(".", ",")
            row += [value.replace(MINUS, minus), comment]
        out.append(row)
    return out


def csv_text(table, delimiter=",", line_end="\r\n"):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=line_end, quoting=csv.QUOTE_MINIMAL)
    for row in table:
        writer.writerow(row)
    return out.getvalue()


def write(name, data):
    path = os.path.join(HERE, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as file:
        file.write(data)


TITLE_RU = ["Opiq — результаты учеников"]
CLASS_RU = ["Класс: 7А", "Учебник: Математика, 7 класс"]
TITLE_KZ = ["Opiq — оқушылардың нәтижелері"]
CLASS_KZ = ["Сынып: 7А", "Оқулық: Математика, 7-сынып"]

russian = rows(TITLE_RU, CLASS_RU, ["Ученик", "Класс"], TASKS_RU, "Комментарий")
write("7А Математика Opiq.csv", b"\xef\xbb\xbf" + csv_text(russian).encode("utf-8"))
# Russian Excel's re-save: CP1251 (so Russian letters in names, and `−` typed as `-`), `;`, commas.
write("7А Математика Opiq (Excel).csv", csv_text(
    rows(TITLE_RU, CLASS_RU, ["Ученик", "Класс"], TASKS_RU, "Комментарий", russian_letters, comma=True,
         minus="-"), delimiter=";").encode("cp1251"))
write("7А Математика Opiq (қаз).csv", csv_text(
    rows(TITLE_KZ, CLASS_KZ, ["Оқушы", "Сынып"], TASKS_KZ, "Пікір")).encode("utf-8"))


# MARK: - Bad inputs

def bad(name, table):
    write("bad/" + name, b"\xef\xbb\xbf" + csv_text(table).encode("utf-8"))


SHORT = russian[:6]  # title, class row, header, three students


def with_cell(table, row, column, value):
    table = [list(r) for r in table]
    table[row][column] = value
    return table


# Line 5 of the file (the second student), field 3 (СОР 1's value).
bad("unknown-word.csv", with_cell(SHORT, 4, 2, "см. тетрадь"))
bad("negative-score.csv", with_cell(SHORT, 4, 2, "-5%"))
bad("score-over-max.csv", with_cell(SHORT, 4, 2, "120%"))
# A mark outside 1–5: `7` where a mark is expected and the heading states no maximum.
bad("mark-out-of-range.csv", with_cell(SHORT, 4, 4, "7"))
# A download cut inside a quoted multi-line comment.
full = csv_text(russian[:11]).encode("utf-8")
write("bad/truncated.csv", b"\xef\xbb\xbf" + full[: full.index("проверь".encode("utf-8"))])
# Another platform's file: a Bilim Land test-results table.
write("bad/bilimland-results.csv", csv_text([
    ["Bilim Land — результаты тестирования"],
    ["№", "Ученик", "Класс", "Предмет", "Тест", "Тип", "Четверть", "Дата", "Попытка", "Балл", "Макс. балл",
     "Процент"],
    ["1", "Нурланулы Ерасыл", "7А", "Математика", "СОР 1. Рациональные числа", "СОР", "1", "19.09.2025", "1",
     "7", "10", "70%"],
]).encode("utf-8"))


# The LONG layout (opiq-long.yaml): one row per student and task, with the result (points out of
# the maximum), its percent, a mark 1–5 with + or −, and a comment side by side.
LONG_RU = ["Ученик", "Класс", "Задание", "Дата", "Результат", "%", "Оценка", "Комментарий"]
LONG_KZ = ["Оқушы", "Сынып", "Тапсырма", "Күні", "Нәтиже", "%", "Баға", "Түсініктеме"]
# (student, task, date, result, percent, mark, comment); task 0 is the СОР, 1 a mark-only task, 2 comment-only.
LONG_ROWS = [
    (0, 0, "19.09.2025", "18/20", "90%", "5", ""),
    (1, 0, "19.09.2025", "12/20", "60%", "3", "Повтори правила знаков"),
    (2, 0, "19.09.2025", "20/20", "100%", "5", ""),
    (3, 0, "19.09.2025", "", "95%", "", ""),
    (4, 0, "19.09.2025", "н", "", "", "Болел"),
    (0, 1, "26.09.2025", "", "", "5", ""),
    (1, 1, "26.09.2025", "", "", "3−", ""),
    (2, 1, "26.09.2025", "", "", "5-", "Небрежно оформлено"),
    (3, 1, "26.09.2025", "", "", "4+", ""),
    (4, 1, "26.09.2025", "", "", "", ""),
    (0, 2, "03.10.2025", "", "", "", "Хорошо раскрыта тема"),
    (2, 2, "03.10.2025", "", "", "", "Примеры из жизни, молодец"),
]
LONG_TASKS_RU = ["СОР 1. Рациональные числа", "Самостоятельная работа §4", "Эссе: где нужны дроби"]
LONG_TASKS_KZ = ["БЖБ 1. Рационал сандар", "Өзіндік жұмыс §4", "Эссе: бөлшектер қайда керек"]


def long_table(title, context, header, tasks, absent):
    table = [[title], context, header]
    for student, task, date, result, percent, mark, comment in LONG_ROWS:
        result = absent if result == "н" else result
        table.append([STUDENTS[student], "7А", tasks[task], date, result, percent, mark, comment])
    return table


write("7А задания Opiq (long).csv", b"\xef\xbb\xbf" + csv_text(long_table(
    "Opiq — результаты учеников", ["Класс: 7А", "Предмет: Математика"], LONG_RU, LONG_TASKS_RU, "н"))
    .encode("utf-8"))
# The Kazakh interface, and no title row naming Opiq: detected by its mark column (Баға).
write("7А тапсырмалар Opiq (long, қаз).csv", csv_text(
    long_table(None, ["Сынып: 7А", "Пән: Математика"], LONG_KZ, LONG_TASKS_KZ, "жоқ")[1:]).encode("utf-8"))

# Bad long tables: line 10 (row 7 of the table) is Ахметов's mark-only task; line 4 the first result.
long_ru = long_table("Opiq — результаты учеников", ["Класс: 7А", "Предмет: Математика"], LONG_RU, LONG_TASKS_RU, "н")
# `7` in the mark column: not a mark 1–5.
bad("long-mark-out-of-range.csv", with_cell(long_ru, 9, 6, "7"))
# A mark 3 beside 18/20 = 90 % (a 5): the score is kept, a `percent-mismatch` warning.
bad("long-mark-disagrees.csv", with_cell(long_ru, 3, 6, "3"))
