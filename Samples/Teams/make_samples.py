#!/usr/bin/env python3
"""Writes the synthetic Microsoft Teams samples in this folder.

Run once from this folder (`python3 make_samples.py`); the output is committed. Every person,
e-mail and id here is invented.
"""
import csv
import io
import json
import os
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
DOMAIN = "school7.example.kz"
NS = uuid.UUID("6f1c1f4e-0d1a-4c55-9a43-1b0b6d1e7a00")


def guid(name):
    return str(uuid.uuid5(NS, name))


# (first name, last name, Russian-letter spelling (first, last), e-mail as Teams writes it)
STUDENTS = [
    ("Аружан", "Серікқызы", ("Аружан", "Сериккызы"), "aruzhan.serikkyzy"),
    ("Ерасыл", "Нұрланұлы", ("Ерасыл", "Нурланулы"), "erasyl.nurlanuly"),
    ("Мария", "Иванова", ("Мария", "Иванова"), "Maria.Ivanova"),
    ("Алексей", "Ким", ("Алексей", "Ким"), "aleksey.kim"),
    ("Әйгерім", "Әбдірахманова", ("Айгерим", "Абдирахманова"), "aigerim.abdirakhmanova"),
    ("Данияр", "Жақсылықов", ("Данияр", "Жаксылыков"), "daniyar.zhaksylykov"),
    ("Айша", "Төлеген", ("Айша", "Толеген"), "aisha.tolegen"),
    ("Дмитрий", "Петров", ("Дмитрий", "Петров"), "dmitriy.petrov"),
    ("Інжу", "Қасымова", ("Инжу", "Касымова"), "inzhu.kasymova"),
    ("Тимур", "Оспанов", ("Тимур", "Оспанов"), "timur.ospanov"),
    ("Ғалым", "Үсенов", ("Галым", "Усенов"), "galym.usenov"),
    ("Аңсар", "Өмірзақ", ("Ансар", "Омирзак"), "ansar.omirzak"),
]

HEADER = [
    "First Name", "Last Name", "Email Address",
    "СОР 1 (макс. 20)", "Feedback",
    "Лабораторная работа 1 (10)", "Лабораторная работа 1 Feedback",
    "БЖБ 2 (макс. 15)",
    "Домашнее задание: Сила трения (5)",
    "СОЧ за 2 четверть (макс. 30)", "Feedback",
]

# Per student: СОР 1, its feedback, lab, lab feedback, БЖБ 2, homework, СОЧ, its feedback.
MARKS = [
    ("18", "Молодец, всё верно", "9", "", "14", "5", "27", ""),
    ("15", "Ошибка в задаче 3, проверь единицы измерения", "8", "", "12.5", "4", "24",
     "Хорошо.\nПерепиши вывод формулы"),
    ("20", "", "10", 'Отличный отчёт, "эталон" для класса', "15", "Excused", "29", ""),
    ("12", "", "", "", "9", "3", "18", ""),
    ("Excused", "Освобождена по болезни, справка", "7", "", "11", "5", "22", ""),
    ("16", "", "6", "", "10", "Missing", "20", ""),
    ("19", "", "10", "", "13", "5", "28", "Отлично"),
    ("", "", "", "Работа не сдана, жду до пятницы", "8", "2", "15", ""),
    ("17", "", "9", "", "14", "4", "26", ""),
    ("14", "", "7", "", "", "4", "21", ""),
    ("13", "", "8", "", "12", "5", "23", ""),
    ("11", "", "6", "", "8", "", "19", ""),
]


def csv_text(rows, delimiter=",", line_end="\r\n"):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=line_end, quoting=csv.QUOTE_MINIMAL)
    for row in rows:
        writer.writerow(row)
    return out.getvalue()


def grade_rows(russian_letters=False, decimal_comma=False):
    rows = [HEADER]
    for (first, last, ru, mail), marks in zip(STUDENTS, MARKS):
        if russian_letters:
            first, last = ru
        cells = list(marks)
        if decimal_comma:
            cells = [c.replace(".", ",") if c.replace(".", "").isdigit() else c for c in cells]
        rows.append([first, last, f"{mail}@{DOMAIN}"] + cells)
    return rows


def write(name, data):
    path = os.path.join(HERE, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def write_json(name, value):
    write(name, (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))


# MARK: - Grades CSV and its Excel re-saves

# As Teams gives it: UTF-8 without BOM, commas, CRLF rows, LF inside quoted feedback.
write("7A-grades.csv", csv_text(grade_rows()).encode("utf-8"))
write("7A-grades-bom.csv", b"\xef\xbb\xbf" + csv_text(grade_rows()).encode("utf-8"))
# Russian Excel "CSV (разделители — запятые)": CP1251, `;`, decimal commas; Kazakh letters would
# become `?`, so this class list uses Russian-letter spellings.
write("7A-grades-excel-cp1251.csv",
      csv_text(grade_rows(russian_letters=True, decimal_comma=True), delimiter=";").encode("cp1251"))
# Excel "Unicode text": UTF-16LE with BOM, tabs, decimal commas in a comma-decimal locale.
write("7A-grades-unicode.txt",
      b"\xff\xfe" + csv_text(grade_rows(decimal_comma=True), delimiter="\t").encode("utf-16-le"))

# Russian UI: localized labels, maximum points in a `Баллы` row under the header.
write("7Б Физика оценки.csv", csv_text([
    ["Имя", "Фамилия", "Адрес электронной почты", "СОР 1", "Отзыв", "СОЧ", "Отзыв"],
    ["Баллы", "", "", "20", "", "25", ""],
    ["Алия", "Сейтқали", f"aliya.seitkali@{DOMAIN}", "17", "Хорошо", "21", ""],
    ["Олег", "Смирнов", f"oleg.smirnov@{DOMAIN}", "Освобожден", "", "19", ""],
    ["Жанна", "Бекова", f"zhanna.bekova@{DOMAIN}", "", "", "", ""],
    ["Нұрлан", "Әлиев", f"nurlan.aliyev@{DOMAIN}", "20", "", "24,5", "Молодец"],
]).encode("utf-8"))

# Kazakh UI: localized labels, maximum points in a row with empty name cells.
write("7В Физика бағалар.csv", csv_text([
    ["Аты", "Тегі", "Электрондық пошта", "БЖБ 1", "Кері байланыс", "ТЖБ", "Кері байланыс"],
    ["", "", "", "15", "", "30", ""],
    ["Айгүл", "Нұрбекова", f"aigul.nurbekova@{DOMAIN}", "14", "Жарайсың!", "27", ""],
    ["Бауыржан", "Оразов", f"bauyrzhan.orazov@{DOMAIN}", "9", "", "Missing", ""],
    ["Гүлнұр", "Есенова", f"gulnur.yesenova@{DOMAIN}", "", "", "25", "Жақсы, бірақ 4-есепті қайта қара"],
]).encode("utf-8"))

# MARK: - Microsoft Graph education dump

CLASS_ID = guid("class-7A-physics")
TEACHER_ID = guid("teacher")
GRAPH = "https://graph.microsoft.com/v1.0"

TERM = {"externalId": "2025-2026-Q2", "startDate": "2025-11-03", "endDate": "2025-12-26",
        "displayName": "2 четверть 2025-2026"}
CLASS = {
    "@odata.type": "#microsoft.graph.educationClass",
    "id": CLASS_ID,
    "displayName": "7А Физика",
    "description": "Физика, 7А класс",
    "classCode": "PHYS-7A",
    "externalId": "7A-PHYS-2025",
    "externalName": "Физика 7А",
    "externalSource": "sis",
    "mailNickname": "7A-Physics",
    "grade": "7",
    "term": TERM,
}


def member(index):
    first, last, _, mail = STUDENTS[index]
    user = {
        "@odata.type": "#microsoft.graph.educationUser",
        "id": guid(f"student-{index}"),
        "displayName": f"{first} {last}",
        "givenName": first,
        "surname": last,
        "mail": f"{mail}@{DOMAIN}",
        "userPrincipalName": f"{mail.lower()}@{DOMAIN}",
        "primaryRole": "student",
        "student": {"externalId": f"7A-{index + 1:02d}", "grade": "7"},
    }
    if index == 2:
        user["middleName"] = "Петровна"
    if index == 3:
        # Read with delegated permissions: no `mail`, matched by UPN.
        del user["mail"]
    return user


TEACHER = {
    "@odata.type": "#microsoft.graph.educationUser",
    "id": TEACHER_ID,
    "displayName": "Гүлмира Сапарова",
    "givenName": "Гүлмира",
    "surname": "Сапарова",
    "mail": f"gulmira.saparova@{DOMAIN}",
    "userPrincipalName": f"gulmira.saparova@{DOMAIN}",
    "primaryRole": "teacher",
    "teacher": {"externalId": "T-014"},
}

members = [member(i) for i in range(len(STUDENTS))]
page1, page2 = members[:7], members[7:] + [TEACHER]

POINTS = "#microsoft.graph.educationAssignmentPointsGradeType"


def assignment(key, title, max_points, due, status="assigned"):
    value = {
        "@odata.type": "#microsoft.graph.educationAssignment",
        "id": guid(f"assignment-{key}"),
        "classId": CLASS_ID,
        "displayName": title,
        "dueDateTime": due,
        "assignedDateTime": "2025-11-05T04:00:00Z",
        "allowLateSubmissions": True,
        "status": status,
        "grading": {"@odata.type": POINTS, "maxPoints": max_points} if max_points is not None else None,
    }
    return value


ASSIGNMENTS = [
    assignment("sor1", "СОР 1 по разделу «Движение»", 20, "2025-11-14T18:59:00Z"),
    assignment("bzhb2", "БЖБ 2", 15, "2025-12-05T18:59:00Z"),
    assignment("reading", "Прочитать §12, ответить на вопросы", None, "2025-11-20T18:59:00Z"),
    assignment("sor3", "СОР 3 (черновик)", 20, "2025-12-19T18:59:00Z", status="draft"),
    assignment("soch", "СОЧ за 2 четверть", 30, "2025-12-22T18:59:00Z"),
]


def submission(assignment_key, student, status, points=None, published=True, feedback=None,
               submitted=None, embed=False):
    value = {
        "@odata.type": "#microsoft.graph.educationSubmission",
        "id": guid(f"submission-{assignment_key}-{student}"),
        "status": status,
        "submittedDateTime": submitted,
        "returnedDateTime": "2025-12-24T09:00:00Z" if status == "returned" else None,
        "recipient": {"@odata.type": "#microsoft.graph.educationSubmissionIndividualRecipient",
                      "userId": guid(f"student-{student}")},
        "outcomes": [],
    }
    if not embed:
        value = {"assignmentId": guid(f"assignment-{assignment_key}"), **value}
    if status == "excused":
        value["excusedDateTime"] = "2025-11-15T06:00:00Z"
    if points is not None:
        graded = {"points": points, "gradedDateTime": "2025-12-23T10:00:00Z",
                  "gradedBy": {"user": {"id": TEACHER_ID}}}
        outcome = {"@odata.type": "#microsoft.graph.educationPointsOutcome",
                   "id": guid(f"points-{assignment_key}-{student}"), "points": graded,
                   "publishedPoints": graded if published else None}
        value["outcomes"].append(outcome)
    if feedback is not None:
        text = {"text": {"content": feedback, "contentType": "text"}}
        value["outcomes"].append({"@odata.type": "#microsoft.graph.educationFeedbackOutcome",
                                  "id": guid(f"feedback-{assignment_key}-{student}"),
                                  "feedback": text, "publishedFeedback": text})
    return value


def number(text):
    return float(text) if "." in text else int(text)


def graph_submissions(embed=False, students=range(len(STUDENTS))):
    subs = {key: [] for key in ("sor1", "bzhb2", "reading", "soch")}
    for i in students:
        sor, sor_fb, _, _, bzhb, _, soch, soch_fb = MARKS[i]
        # СОР 1: the excused student, a late hand-in, one student still working.
        if sor == "Excused":
            subs["sor1"].append(submission("sor1", i, "excused", feedback=sor_fb or None, embed=embed))
        elif sor == "":
            subs["sor1"].append(submission("sor1", i, "working", embed=embed))
        else:
            when = "2025-11-15T07:30:00Z" if i == 5 else "2025-11-14T12:00:00Z"
            subs["sor1"].append(submission("sor1", i, "returned", number(sor), feedback=sor_fb or None,
                                           submitted=when, embed=embed))
        # БЖБ 2: one draft grade (points, not yet returned), one handed in and not graded yet.
        if bzhb == "":
            subs["bzhb2"].append(submission("bzhb2", i, "submitted", submitted="2025-12-05T10:00:00Z", embed=embed))
        elif i == 6:
            subs["bzhb2"].append(submission("bzhb2", i, "submitted", number(bzhb), published=False,
                                            submitted="2025-12-05T10:00:00Z", embed=embed))
        else:
            subs["bzhb2"].append(submission("bzhb2", i, "returned", number(bzhb),
                                            submitted="2025-12-04T15:00:00Z", embed=embed))
        # The ungraded reading task: feedback only.
        if i in (0, 1):
            subs["reading"].append(submission("reading", i, "returned", feedback="Ответы полные" if i == 0 else None,
                                              submitted="2025-11-19T16:00:00Z", embed=embed))
        # СОЧ.
        subs["soch"].append(submission("soch", i, "returned", number(soch), feedback=soch_fb or None,
                                       submitted="2025-12-22T08:00:00Z", embed=embed))
    return subs


def odata(collection, values, next_link=None):
    page = {"@odata.context": f"{GRAPH}/$metadata#{collection}", "value": values}
    if next_link:
        page["@odata.nextLink"] = next_link
    return page


write_json("graph-dump/class.json", {"@odata.context": f"{GRAPH}/$metadata#education/classes/$entity", **CLASS})
write_json("graph-dump/members.json", odata(
    "education/classes('%s')/members" % CLASS_ID, page1,
    f"{GRAPH}/education/classes/{CLASS_ID}/members?$skiptoken=X2Fw"))
write_json("graph-dump/members-2.json", odata("education/classes('%s')/members" % CLASS_ID, page2))
write_json("graph-dump/assignments.json", odata("education/classes('%s')/assignments" % CLASS_ID, ASSIGNMENTS))
subs = graph_submissions()
write_json("graph-dump/submissions.json", odata(
    "education/classes('%s')/assignments/submissions(outcomes())" % CLASS_ID,
    subs["sor1"] + subs["bzhb2"] + subs["reading"] + subs["soch"]))

# One file: a few students, assignments embedding their submissions ($expand=submissions).
few = [0, 2, 3, 4]
embedded = graph_submissions(embed=True, students=few)
single_assignments = []
for a in ASSIGNMENTS:
    key = next(k for k in ("sor1", "bzhb2", "reading", "sor3", "soch") if a["id"] == guid(f"assignment-{k}"))
    if key == "sor3":
        single_assignments.append(a)
        continue
    single_assignments.append({**a, "submissions": embedded[key]})
write_json("7A-graph-dump.json", {
    "class": CLASS,
    "members": odata("education/classes('%s')/members" % CLASS_ID, [member(i) for i in few] + [TEACHER]),
    "assignments": odata("education/classes('%s')/assignments" % CLASS_ID, single_assignments),
})

# MARK: - Bad inputs

SHORT_HEADER = ["First Name", "Last Name", "Email Address", "СОР 1 (макс. 20)", "Feedback", "СОЧ (макс. 30)"]
good = [
    ["Аружан", "Серікқызы", f"aruzhan.serikkyzy@{DOMAIN}", "18", "", "27"],
    ["Ерасыл", "Нұрланұлы", f"erasyl.nurlanuly@{DOMAIN}", "15", "", "24"],
]


def bad_csv(name, rows):
    write("bad/" + name, csv_text([SHORT_HEADER] + rows).encode("utf-8"))


full = csv_text([SHORT_HEADER] + good + [
    ["Мария", "Иванова", f"maria.ivanova@{DOMAIN}", "20", "Отлично, но \"вывод\"\nнужно дописать", "29"],
]).encode("utf-8")
write("bad/truncated-feedback.csv", full[: full.index("нужно".encode("utf-8"))])
bad_csv("duplicate-student.csv", good + [["Ерасыл", "Нурланулы", f"Erasyl.Nurlanuly@{DOMAIN}", "16", "", "25"]])
bad_csv("score-over-max.csv", good + [["Мария", "Иванова", f"maria.ivanova@{DOMAIN}", "25", "", "29"]])
bad_csv("negative-score.csv", good + [["Мария", "Иванова", f"maria.ivanova@{DOMAIN}", "-3", "", "29"]])
bad_csv("unknown-word.csv", good + [["Мария", "Иванова", f"maria.ivanova@{DOMAIN}", "см. тетрадь", "", "29"]])
write("bad/classroom-grades.csv", csv_text([
    ["Last Name", "First Name", "Email Address", "Overall", "СОР 1", "СОЧ"],
    ["", "", "", "", "20", "30"],
    ["Серікқызы", "Аружан", f"aruzhan.serikkyzy@{DOMAIN}", "90", "18", "27"],
]).encode("utf-8"))
dump = json.dumps({"class": CLASS, "members": [member(0), member(1)],
                   "assignments": [{**ASSIGNMENTS[0], "submissions": graph_submissions(True, [0, 1])["sor1"]}]},
                  ensure_ascii=False, indent=2).encode("utf-8")
write("bad/malformed-dump.json", dump[: dump.index(b'"assignments"') + 400])
write("bad/empty.csv", b"")
