#!/usr/bin/env python3
"""Writes the synthetic Google Classroom samples in this folder.

Every person, e-mail and id here is invented. Run from anywhere:

    python3 Samples/GoogleClassroom/make_samples.py

The files are committed; rerun only after changing this script, then review the diff and the
golden files of GoogleClassroomAdapterTests.
"""

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# (family, given, family in Russian letters, given in Russian letters, e-mail, Classroom user id)
STUDENTS = [
    ("Серікқызы", "Аружан", "Сериккызы", "Аружан", "aruzhan.serikkyzy@school.example", "104455667788990011201"),
    ("Нұрланұлы", "Ерасыл", "Нурланулы", "Ерасыл", "yerassyl.nurlanuly@school.example", "104455667788990011202"),
    ("Иванова", "Мария", "Иванова", "Мария", "maria.ivanova@school.example", "104455667788990011203"),
    ("Ким", "Алексей", "Ким", "Алексей", "alexey.kim@school.example", "104455667788990011204"),
    ("Әбдірахманова", "Әйгерім", "Абдирахманова", "Айгерим", "aigerim.abdirakhmanova@school.example",
     "104455667788990011205"),
    ("Жақсылықов", "Данияр", "Жаксылыков", "Данияр", "daniyar.zhaksylykov@school.example", "104455667788990011206"),
    ("Петренко", "Анна", "Петренко", "Анна", "anna.petrenko@school.example", "104455667788990011207"),
    ("Төлеуов", "Санжар", "Толеуов", "Санжар", "sanzhar.toleuov@school.example", "104455667788990011208"),
    ("Сидоров", "Илья", "Сидоров", "Илья", "ilya.sidorov@school.example", "104455667788990011209"),
    ("Құрманғали", "Әлихан", "Курмангали", "Алихан", "alikhan.kurmangali@school.example", "104455667788990011210"),
    ("Ахметова", "Дана", "Ахметова", "Дана", "Dana.Akhmetova@School.example", "104455667788990011211"),
    ("Смағұлов", "Тимур", "Смагулов", "Тимур", "timur.smagulov@school.example", "104455667788990011212"),
]

# (heading as Classroom writes it, API title, max points, due date (y, m, d), month abbreviation)
ASSIGNMENTS = [
    ("СОР 1 по разделу «Кинематика» (20)", "СОР 1 по разделу «Кинематика»", 20, (2024, 9, 19), "Sep"),
    ("Quiz: Forces", "Quiz: Forces", 10, (2024, 9, 26), "Sep"),
    ("БЖБ 2 (15)", "БЖБ 2", 15, (2024, 10, 3), "Oct"),
    ("Лабораторная работа 3", "Лабораторная работа 3", 10, (2024, 10, 10), "Oct"),
    ("СОЧ за 1 четверть (25)", "СОЧ за 1 четверть", 25, (2024, 10, 24), "Oct"),
]

# One row per student, one cell per assignment; None is a blank cell.
GRADES = [
    ["18.5", "9", "14", "10", "23"],
    ["17", "8", "12", "Done late", "20"],
    ["15", "Missing", "13", "9", "21"],
    ["20", "10", "15", "10", "25"],
    ["12", "6", "Excused", "7", "17"],
    ["16", "7", "11", None, "19"],
    ["19", "9", "14", "8", "24"],
    ["Missing", "5", "9", "6", "14"],
    ["14", "8", "10", None, "18"],
    ["11", "Excused", "8", "5", "15"],
    ["18", "10", "13", "9", "22"],
    [None, None, None, None, None],
]


def overall(cells):
    """The overall percent as Classroom's total-points mode would show it (graded cells only)."""
    got = total = 0.0
    for cell, (_, _, points, _, _) in zip(cells, ASSIGNMENTS):
        try:
            got += float(cell)
            total += points
        except (TypeError, ValueError):
            pass
    return None if total == 0 else round(got / total * 100, 2)


def number(value, comma=False):
    if value is None:
        return ""
    text = f"{value:g}" if isinstance(value, float) else str(value)
    return text.replace(".", ",") if comma else text


def csv_line(fields, delimiter=",", quote_all=False):
    out = []
    for field in fields:
        field = "" if field is None else str(field)
        needs = quote_all or any(c in field for c in (delimiter, '"', "\n", "\r"))
        out.append('"' + field.replace('"', '""') + '"' if needs else field)
    return delimiter.join(out)


def grades_table(date_style, russian_letters=False, comma=False, average_row=True, labelled=False):
    """The rows of a grades export: header, metadata rows, students."""
    header = ["Last Name", "First Name", "Email Address", "Overall"] + [a[0] for a in ASSIGNMENTS]
    dates = []
    for _, _, _, (y, m, d), mon in ASSIGNMENTS:
        dates.append({"us": f"{mon} {d}, {y}", "ru": f"{d:02}.{m:02}.{y}", "iso": f"{y}-{m:02}-{d:02}"}[date_style])
    points = [str(a[2]) for a in ASSIGNMENTS]
    rows = [header]
    if labelled:
        rows.append(["Points", "", "", ""] + points)
        rows.append(["Date", "", "", ""] + dates)
    else:
        rows.append(["", "", "", ""] + dates)
        rows.append(["", "", "", ""] + points)
    if average_row:
        averages = []
        for index in range(len(ASSIGNMENTS)):
            values = [float(r[index]) for r in GRADES if r[index] not in (None, "Missing", "Excused", "Done late")]
            averages.append(number(round(sum(values) / len(values), 2), comma))
        overalls = [overall(r) for r in GRADES if overall(r) is not None]
        rows.append(["Class average", "", "", number(round(sum(overalls) / len(overalls), 2), comma)] + averages)
    for student, cells in zip(STUDENTS, GRADES):
        family, given = (student[2], student[3]) if russian_letters else (student[0], student[1])
        values = [number(float(c), comma) if c and c[0].isdigit() else c for c in cells]
        rows.append([family, given, student[4], number(overall(cells), comma)] + values)
    return rows


def write(path, text, encoding="utf-8", bom=b""):
    with open(os.path.join(HERE, path), "wb") as f:
        f.write(bom + text.encode(encoding))


def write_csv(path, rows, delimiter=",", newline="\n", encoding="utf-8", bom=b"", quote_all=False):
    text = newline.join(csv_line(r, delimiter, quote_all) for r in rows) + newline
    write(path, text, encoding, bom)


# MARK: - Grades CSV and its Excel re-saves

write_csv("7A-physics-grades.csv", grades_table("us"))
write_csv("7A-physics-grades-excel-cp1251.csv", grades_table("ru", russian_letters=True, comma=True),
          delimiter=";", newline="\r\n", encoding="cp1251")
write_csv("7A-physics-grades-unicode.txt", grades_table("ru", comma=True), delimiter="\t", newline="\r\n",
          encoding="utf-16-le", bom=b"\xff\xfe")
write_csv("7A-physics-grades-bom.csv", grades_table("iso", average_row=False, labelled=True), newline="\r\n",
          bom=b"\xef\xbb\xbf")

# MARK: - API dump

COURSE_ID = "612345678901234567"
COURSE = {
    "id": COURSE_ID, "name": "7А Физика", "section": "7А", "room": "214", "ownerId": "108765432109876543210",
    "courseState": "ACTIVE", "creationTime": "2024-08-28T09:12:44.123Z", "updateTime": "2024-09-02T07:01:05Z",
    "enrollmentCode": "k3x9pq", "alternateLink": "https://classroom.google.com/c/NjEyMzQ1Njc4OTAx",
    "gradebookSettings": {"calculationType": "TOTAL_POINTS", "displaySetting": "SHOW_OVERALL_GRADE",
                          "gradeCategories": [{"id": "cat-fo", "name": "ФО", "weight": 250000},
                                              {"id": "cat-sor", "name": "СОР", "weight": 250000},
                                              {"id": "cat-soch", "name": "СОЧ", "weight": 500000}]},
}
CATEGORY = {c["name"]: c for c in COURSE["gradebookSettings"]["gradeCategories"]}
TEACHER = {"courseId": COURSE_ID, "userId": "108765432109876543210",
           "profile": {"id": "108765432109876543210",
                       "name": {"givenName": "Гүлнар", "familyName": "Омарова", "fullName": "Гүлнар Омарова"},
                       "emailAddress": "gulnar.omarova@school.example"}}
TOPICS = [{"courseId": COURSE_ID, "topicId": "615000000000000001", "name": "Механика",
           "updateTime": "2024-09-01T08:00:00Z"}]


def student_record(s, with_email=True):
    profile = {"id": s[5], "name": {"givenName": s[1], "familyName": s[0], "fullName": f"{s[1]} {s[0]}"}}
    if with_email:
        profile["emailAddress"] = s[4]
    return {"courseId": COURSE_ID, "userId": s[5], "profile": profile}


STUDENT_RECORDS = [student_record(s, with_email=(i != len(STUDENTS) - 1)) for i, s in enumerate(STUDENTS)]

CW_IDS = ["701234567890123401", "701234567890123402", "701234567890123403", "701234567890123404",
          "701234567890123405"]
CW_CATEGORY = ["СОР", "ФО", "СОР", "ФО", "СОЧ"]
CW_TIME = [{"hours": 18, "minutes": 0}, None, {"hours": 18, "minutes": 30}, None, {"hours": 4, "minutes": 0}]
CW_PERIOD = ["gp-2024-q1", "gp-2024-q1", "gp-2024-q1", "", "gp-2024-q1"]
COURSEWORK = []
for index, (_, title, points, (y, m, d), _) in enumerate(ASSIGNMENTS):
    record = {"courseId": COURSE_ID, "id": CW_IDS[index], "title": title, "state": "PUBLISHED",
              "workType": "ASSIGNMENT", "maxPoints": points, "dueDate": {"year": y, "month": m, "day": d}}
    if CW_TIME[index]:
        record["dueTime"] = CW_TIME[index]
    record["gradeCategory"] = CATEGORY[CW_CATEGORY[index]]
    record["gradingPeriodId"] = CW_PERIOD[index]
    record["creationTime"] = "2024-09-10T08:00:00Z"
    COURSEWORK.append(record)
COURSEWORK.append({"courseId": COURSE_ID, "id": "701234567890123406", "title": "Прочитать параграф 12",
                   "state": "PUBLISHED", "workType": "ASSIGNMENT", "creationTime": "2024-10-01T08:00:00Z"})
COURSEWORK.append({"courseId": COURSE_ID, "id": "701234567890123407", "title": "СОР 2 по разделу «Динамика»",
                   "state": "DRAFT", "workType": "ASSIGNMENT", "maxPoints": 20,
                   "gradeCategory": CATEGORY["СОР"], "creationTime": "2024-10-20T08:00:00Z"})


def submission(student_index, cw_index, cell):
    s = STUDENTS[student_index]
    record = {"courseId": COURSE_ID, "courseWorkId": CW_IDS[cw_index],
              "id": f"Cg4I{student_index + 1:02}{cw_index + 1:02}9876543210", "userId": s[5]}
    if cell is None:
        record.update(state="NEW", late=False)
    elif cell == "Missing":
        # Classroom gives missing work a default draft grade of 0 (grades guide).
        record.update(state="CREATED", late=True, draftGrade=0)
    elif cell == "Excused":
        # Excused is not visible in the API: a returned submission without a grade.
        record.update(state="RETURNED", late=False)
    elif cell == "Done late":
        record.update(state="TURNED_IN", late=True)
    else:
        record.update(state="RETURNED", late=False, draftGrade=float(cell), assignedGrade=float(cell))
    record["courseWorkType"] = "ASSIGNMENT"
    return record


SUBMISSIONS = [submission(si, ci, GRADES[si][ci]) for si in range(len(STUDENTS)) for ci in range(len(ASSIGNMENTS))]
# A grade the teacher has typed but not returned yet.
SUBMISSIONS[5 * 5 + 3].update(state="TURNED_IN", draftGrade=8)
# A grade on ungraded coursework (no maxPoints).
SUBMISSIONS.append({"courseId": COURSE_ID, "courseWorkId": "701234567890123406", "id": "Cg4I01069876543210",
                    "userId": STUDENTS[0][5], "state": "RETURNED", "late": False, "assignedGrade": 5,
                    "draftGrade": 5, "courseWorkType": "ASSIGNMENT"})


def dump_json(value):
    """JSON as the API writes it: integral doubles without a fraction (20, not 20.0)."""
    def clean(v):
        if isinstance(v, float) and v.is_integer():
            return int(v)
        if isinstance(v, dict):
            return {k: clean(x) for k, x in v.items()}
        if isinstance(v, list):
            return [clean(x) for x in v]
        return v
    return json.dumps(clean(value), ensure_ascii=False, indent=2) + "\n"


half = len(SUBMISSIONS) // 2
write("api-dump/courses.json", dump_json({"courses": [COURSE], "nextPageToken": ""}))
write("api-dump/teachers.json", dump_json({"teachers": [TEACHER]}))
write("api-dump/students.json", dump_json({"students": STUDENT_RECORDS}))
write("api-dump/courseWork.json", dump_json({"courseWork": COURSEWORK}))
write("api-dump/topics.json", dump_json({"topic": TOPICS}))
write("api-dump/studentSubmissions.json",
      dump_json({"studentSubmissions": SUBMISSIONS[:half], "nextPageToken": "Cg0IARIJCKDm7tDRuYMD"}))
write("api-dump/studentSubmissions-2.json", dump_json({"studentSubmissions": SUBMISSIONS[half:]}))
write("7A-api-dump.json", dump_json({
    "courses": [COURSE],
    "teachers": {"teachers": [TEACHER], "nextPageToken": ""},
    "students": {"students": STUDENT_RECORDS, "nextPageToken": ""},
    "courseWork": COURSEWORK,
    "topics": TOPICS,
    "studentSubmissions": {"studentSubmissions": SUBMISSIONS},
}))

# MARK: - Bad and unusual inputs (used by the tests)

SMALL_HEADER = ["Last Name", "First Name", "Email Address", "СОР 1 (20)", "Quiz: Forces", "СОЧ (25)"]
SMALL_POINTS = ["", "", "", "20", "10", "25"]
SMALL = [STUDENTS[0][:2] + (STUDENTS[0][4],), STUDENTS[2][:2] + (STUDENTS[2][4],), STUDENTS[3][:2] + (STUDENTS[3][4],)]


def small(cells, header=SMALL_HEADER, points=SMALL_POINTS):
    rows = [header, points]
    for (family, given, email), row in zip(SMALL, cells):
        rows.append([family, given, email] + row)
    return rows


full = "\n".join(csv_line(r, quote_all=True) for r in grades_table("us")) + "\n"
cut = full.index('"Петренко","Ан') + len('"Петренко","Ан')
write("bad/truncated.csv", full[:cut])

write_csv("bad/duplicate-student.csv", small([["18", "9", "23"], ["15", "7", "21"], ["20", "10", "25"]]) +
          [["Иванова", "Мария", "Maria.Ivanova@school.example", "3", "3", "3"]])
write_csv("bad/score-over-max.csv", small([["22", "9", "23"], ["15", "7", "21"], ["20", "10", "25"]]))
write_csv("bad/negative-score.csv", small([["18", "9", "23"], ["15", "-3", "21"], ["20", "10", "25"]]))
write_csv("bad/unknown-word.csv", small([["18", "9", "23"], ["15", "7", "пересдача"], ["20", "10", "25"]]))
write_csv("bad/points-disagree.csv", small([["18", "9", "23"], ["15", "7", "21"], ["20", "10", "25"]],
                                           points=["", "", "", "25", "10", "25"]))
write_csv("bad/duplicate-titles.csv", small(
    [["18", "9", "8"], ["15", "7", "6"], ["20", "10", "10"]],
    header=["Last Name", "First Name", "Email Address", "СОР 1 (20)", "Quiz: Forces", "Quiz: Forces"],
    points=["", "", "", "20", "10", "10"]))
write_csv("bad/letter-overall.csv", [
    ["Last Name", "First Name", "Email Address", "Overall", "СОР 1 (20)"],
    ["Серікқызы", "Аружан", "aruzhan.serikkyzy@school.example", "A", "18"],
    ["Иванова", "Мария", "maria.ivanova@school.example", "87.5", "17,5"],
    ["Ким", "Алексей", "alexey.kim@school.example", "", "Done late"],
])
write("bad/ragged-and-unnamed.csv", "\n".join([
    "Last Name,First Name,Email Address,СОР 1 (20),Quiz: Forces",
    "Серікқызы,Аружан,aruzhan.serikkyzy@school.example,18,9",
    "Иванова,Мария,maria.ivanova@school.example,15",
    "Ким,Алексей,alexey.kim@school.example,20,10,see me",
    "Нұрланұлы,Ерасыл,,17,8",
    ",,,12,5",
    "",
]) + "\n")
write_csv("bad/russian-ui.csv", [
    ["Фамилия", "Имя", "Адрес электронной почты", "Итоговая оценка", "СОР 1 по разделу «Кинематика»", "ФО 1"],
    ["Баллы", "", "", "", "20", "10"],
    ["Срок сдачи", "", "", "", "19.09.2024", "26.09.2024"],
    ["Средний балл", "", "", "83", "16,5", "9"],
    ["Серікқызы", "Аружан", "aruzhan.serikkyzy@school.example", "92,5", "18,5", "Отсутствует"],
    ["Иванова", "Мария", "maria.ivanova@school.example", "70", "14", "Освобожден"],
], delimiter=";")
write_csv("bad/teams-export.csv", [
    ["First Name", "Last Name", "Email Address", "Essay 1", "Feedback", "Quiz: Forces", "Feedback"],
    ["Avery", "Chen", "avery.chen@school.example", "92", "Great structure, cite sources", "18", ""],
    ["Мария", "Иванова", "maria.ivanova@school.example", "", "", "0", "Missing work"],
])
write("bad/empty.csv", "")
write("bad/graph-api.json", dump_json({"value": [{"id": "72a7baec-c3e9-4213-a850-f62de0adad5f",
                                                   "displayName": "7A Physics", "classCode": "7A-PHYS"}]}))
write("bad/api-dangling.json", dump_json({
    "courses": [COURSE],
    "students": [STUDENT_RECORDS[0]],
    "courseWork": COURSEWORK[:1],
    "studentSubmissions": [SUBMISSIONS[0],
                           dict(SUBMISSIONS[1 * 5], userId="104455667788990099999"),
                           dict(SUBMISSIONS[0], id="Cg4I99", courseWorkId="701234567890199999")],
}))
