#!/usr/bin/env python3
"""Writes the Moodle samples (synthetic people): run from this folder.

The class is the Google Classroom sample's 7А physics class (same e-mail addresses), so that the
two exports merge; 8Б algebra is an Excel re-save (CP1251, semicolons, decimal commas)."""
import importlib.util
import os

_SPEC = importlib.util.spec_from_file_location(
    "moodle_adapter", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Plugins", "moodle",
                                   "gradeport-adapter-moodle.py"))
ADAPTER = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(ADAPTER)


def iin(prefix11):
    """A valid synthetic IIN from 11 digits, its check digit computed as the adapter checks it."""
    return prefix11 + str(ADAPTER.iin_check_digit(prefix11))


STUDENTS = [
    ("Аружан", "Серікқызы", "aruzhan.serikkyzy@school.example", iin("10030560012"), ["18.50", "9.00", "14.00", "23.00"], "Жақсы жұмыс"),
    ("Ерасыл", "Нұрланұлы", "yerassyl.nurlanuly@school.example", iin("10051250013"), ["17.00", "8.00", "12.00", "-"], ""),
    ("Мария", "Иванова", "maria.ivanova@school.example", "", ["15.00", "-", "13.00", "21.00"], "Хорошо"),
    ("Алексей", "Ким", "alexey.kim@school.example", iin("10011150014"), ["20.00", "10.00", "15.00", "25.00"], ""),
    ("Әйгерім", "Әбдірахманова", "aigerim.abdirakhmanova@school.example", "", ["-", "-", "-", "-"], ""),
    ("Данияр", "Жақсылықов", "daniyar.zhaksylykov@school.example", "", ["16.00", "7.00", "11.00", "19.50"], ""),
    ("Анна", "Петренко", "anna.petrenko@school.example", "", ["19.00", "9.00", "14.00", "24.00"], ""),
    ("Санжар", "Төлеуов", "sanzhar.toleuov@school.example", "", ["-", "5.00", "9.00", "16.00"], ""),
]
ITEMS = ["Assignment: СОР 1 по разделу «Кинематика»", "Quiz: Forces", "Assignment: БЖБ 2", "Assignment: СОЧ за 1 четверть"]
MAXIMA = [20, 10, 15, 25]


def csv_cell(text):
    return '"%s"' % text.replace('"', '""') if any(ch in text for ch in ',"\n') else text


def text_export():
    header = ["First name", "Last name", "ID number", "Institution", "Department", "Email address",
              ITEMS[0] + " (Real)", ITEMS[0] + " (Percentage)", ITEMS[1] + " (Real)", ITEMS[2] + " (Real)",
              ITEMS[3] + " (Real)", ITEMS[3] + " (Feedback)", "Course total (Real)", "Last downloaded from this course"]
    lines = [",".join(csv_cell(h) for h in header)]
    for given, family, email, idnumber, grades, feedback in STUDENTS:
        percent = "-" if grades[0] == "-" else "%.2f %%" % (float(grades[0]) * 100 / MAXIMA[0])
        total = sum(float(g) for g in grades if g != "-")
        row = [given, family, idnumber or "", "School No. 12", "7А", email, grades[0], percent, grades[1], grades[2],
               grades[3], feedback, "%.2f" % total, "07.12.2026 10:15"]
        lines.append(",".join(csv_cell(c) for c in row))
    with open("7A-physics-grades.csv", "w", encoding="utf-8", newline="") as handle:
        handle.write("\n".join(lines) + "\n")


def xml_export():
    out = ['<?xml version="1.0" encoding="UTF-8" ?>', '<results batch="xml_export_1796638500">']
    codes = ["SOR1", "FORCES", "BZHB2", "SOCH1"]
    for given, family, email, idnumber, grades, feedback in STUDENTS:
        student = idnumber or email.split("@")[0]
        for code, grade in zip(codes, grades):
            if grade == "-":
                continue
            out += ["  <result>", "    <state>new</state>", "    <assignment>%s</assignment>" % code,
                    "    <student>%s</student>" % student, "    <score>%s</score>" % grade]
            if feedback and code == "SOCH1":
                out.append("    <feedback>%s</feedback>" % feedback)
            out.append("  </result>")
    out.append("</results>")
    with open("7A-physics-grades.xml", "w", encoding="utf-8", newline="") as handle:
        handle.write("\n".join(out) + "\n")


def excel_export():
    rows = [("Ольга", "Смирнова", "olga.smirnova@school.example", "17,5", "8"),
            ("Тимур", "Ахметов", "timur.akhmetov@school.example", "-", "9,25"),
            ("Дарья", "Ли", "darya.li@school.example", "20", "-"),
            ("Ильяс", "Оспанов", "ilyas.ospanov@school.example", "двадцать", "7")]
    header = ["First name", "Surname", "Email address", "Assignment: СОР 2 (Real)", "Quiz: Дроби (Real)",
              "Last downloaded from this course"]
    lines = [";".join(header)] + [";".join(list(r) + ["07.12.2026 10:20"]) for r in rows]
    with open("8B-algebra-grades-excel.csv", "w", encoding="cp1251", newline="") as handle:
        handle.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    text_export()
    xml_export()
    excel_export()
