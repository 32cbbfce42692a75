#!/usr/bin/env python3
"""Writes the synthetic merge sample: one class, 7А, exported by three platforms.

Run once from this folder (`python3 make_samples.py`); the output is committed. Every person, IIN,
BIN and id here is invented. The file shapes are those the adapters read (see the Kundelik,
OnlineMektep and BilimClass samples and docs/formats/): a Kundelik API dump in one JSON file, an
OnlineMektep class journal (Kazakh interface) and one student's BilimClass dump.

The children are the same in all three; how each platform spells them, and which platform lacks
whom, is what the sample tests. See README.md for the cases.
"""
import csv
import io
import json
import os
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))

# MARK: - The class

# Kundelik's 7А: (id, lastName, firstName, middleName or None, sex). Kazakh letters.
KUNDELIK = [
    (2120551935350016683, "Ахметов", "Нұрлан", "Серікұлы", "Male"),
    (2120551935350017683, "Әбдірахманова", "Әйгерім", "Серікқызы", "Female"),
    (2120551935350018683, "Жақсылықов", "Данияр", "Маратұлы", "Male"),
    (2120551935350019683, "Иванова", "Мария", "Петровна", "Female"),
    (2120551935350020683, "Қасымова", "Інжу", "Бауыржанқызы", "Female"),
    (2120551935350021683, "Нұрланов", "Ерасыл", "Асқарұлы", "Male"),
    (2120551935350022683, "Оспанова", "Әсем", "Қайратқызы", "Female"),
    (2120551935350023683, "Оспанова", "Әсем", "Маратқызы", "Female"),
    (2120551935350024683, "Петров", "Дмитрий", "Сергеевич", "Male"),
    (2120551935350025683, "Төлеген", "Айша", None, "Female"),
    (2120551935350026683, "Өмірзақ", "Аңсар", "Жанұлы", "Male"),
    (2120551935350027683, "Ким", "Алексей", "Викторович", "Male"),
]

# OnlineMektep's rows, in its own order and spelling (one full-name column).
ONLINEMEKTEP = [
    "Айгерим Абдирахманова",        # given name first, Russian letters, no patronymic
    "Ахмет Нурлан Серик улы",       # -ов dropped, patronymic as a separate word
    "Жаксылыков Данияр Маратулы",   # Russian rendering of the Kazakh letters
    "Иванова Мария Петровна",       # the same; her СОР 2 differs from Kundelik's
    "Касымова Инжу Бауыржановна",   # Russian -овна for -қызы
    "Ким Алексей Викторович",       # written the same
    "Нурланов Ерасыл",              # no patronymic
    "Оспанова Асем",                # two Kundelik children fit: ambiguous
    "Омирзак Ансар Жанулы",
    "Сейткали Аружан Ерланкызы",    # not on Kundelik
    "Толеген Айша Маратқызы",       # the patronymic Kundelik lacks
]

# Section and term summatives: (Kundelik title, OnlineMektep title, maximum).
SUMMATIVES = [("СОР 1. Дроби", "БЖБ 1", 20), ("СОР 2. Проценты", "БЖБ 2", 15), ("СОЧ за 2 четверть", "ТЖБ", 25)]

# Marks of each child (by Kundelik index, None when only on OnlineMektep): СОР 1, СОР 2, СОЧ, quarter.
MARKS = {
    "Ахметов": ["16", "12", "20", "4"],
    "Әбдірахманова": ["19", "14", "24", "5"],
    "Жақсылықов": ["18", "13", "23", "5"],
    "Иванова": ["17", "12", "21", "4"],
    "Қасымова": ["14", "10", "18", "4"],
    "Нұрланов": ["18", "14", "22", "5"],
    "Оспанова Қайратқызы": ["12", "9", "15", "3"],
    "Оспанова Маратқызы": ["15", "11", "19", "4"],
    "Петров": ["10", "8", "13", "3"],
    "Төлеген": ["17", "13", "21", "4"],
    "Өмірзақ": ["9", "н", "12", "3"],
    "Ким": ["13", "11", "17", "4"],
    "Сейтқали": ["20", "15", "25", "5"],
}

KUNDELIK_KEYS = ["Ахметов", "Әбдірахманова", "Жақсылықов", "Иванова", "Қасымова", "Нұрланов",
                 "Оспанова Қайратқызы", "Оспанова Маратқызы", "Петров", "Төлеген", "Өмірзақ", "Ким"]
ONLINEMEKTEP_KEYS = ["Әбдірахманова", "Ахметов", "Жақсылықов", "Иванова", "Қасымова", "Ким", "Нұрланов",
                     "Оспанова Қайратқызы", "Өмірзақ", "Сейтқали", "Төлеген"]
# The one disagreement: OnlineMektep has 13 for Иванова's СОР 2, Kundelik 12.
ONLINEMEKTEP_OVERRIDES = {("Иванова", 1): "13"}

# MARK: - Kundelik: the API dump in one file

GROUP = 1990617406416583569
SUBJECT = 1990617406416583700
PERIOD_Q2 = 1990617406416584002
SECTIONS = [2500000000000008701, 2500000000000008702, 2500000000000008703]


def kundelik_dump():
    persons = []
    for (pid, last, first, middle, sex) in KUNDELIK:
        person = {"id": pid, "id_str": str(pid), "userId": pid + 7, "userId_str": str(pid + 7),
                  "firstName": first, "lastName": last, "shortName": "%s %s." % (last, first[0]), "sex": sex,
                  "eduGroups": [{"id": GROUP, "id_str": str(GROUP), "name": "7А", "type": "Group"}]}
        if middle:
            person["middleName"] = middle
        persons.append(person)
    periods = [
        {"id": PERIOD_Q2 - 1, "id_str": str(PERIOD_Q2 - 1), "start": "2025-09-01T00:00:00",
         "finish": "2025-10-24T00:00:00", "number": 0, "type": "Quarter", "name": "1 четверть", "year": 2025},
        {"id": PERIOD_Q2, "id_str": str(PERIOD_Q2), "start": "2025-11-03T00:00:00",
         "finish": "2025-12-26T00:00:00", "number": 1, "type": "Quarter", "name": "2 четверть", "year": 2025},
    ]
    sections = [
        {"id": sid, "id_str": str(sid), "part": title, "maxvalue": maximum,
         "subject": {"id": SUBJECT, "name": "Математика"}, "eduGroup": GROUP, "period": PERIOD_Q2}
        for sid, (title, _, maximum) in zip(SECTIONS, SUMMATIVES)
    ]
    personmarks = []
    finals = []
    for (pid, last, first, middle, _), key in zip(KUNDELIK, KUNDELIK_KEYS):
        marks = MARKS[key]
        personmarks.append({"person": pid, "person_str": str(pid), "criteriamarks": [
            {"section": sid, "section_str": str(sid), "value": marks[index], "date": "2025-12-%02d" % (5 + 7 * index)
             + "T00:00:00"}
            for index, sid in enumerate(SECTIONS)]})
        name = {"lastName": last, "firstName": first}
        if middle:
            name["middleName"] = middle
        finals.append({"student": {"personId": pid, "personName": name}, "mark": {"value": marks[3]}})
    return {
        "persons": persons,
        "eduGroups": [{"id": GROUP, "id_str": str(GROUP), "parentIds": [], "parentIds_str": [], "type": "Group",
                       "name": "7А", "fullName": "7А сынып", "parallel": 7, "status": "Active", "studyyear": 2025,
                       "subjects": [SUBJECT], "journalType": "Criteria"}],
        "subjects": [{"id": SUBJECT, "idStr": str(SUBJECT), "name": "Математика", "knowledgeArea": None}],
        "reportingPeriods": periods,
        "criteriaMarksSections": sections,
        "criteriaMarks": [{"subject": SUBJECT, "personmarks": personmarks}],
        "criteriaMarksTotals": [{"subjectName": "Математика", "subjectId": SUBJECT, "finalMarks": [
            {"period": {"id": PERIOD_Q2, "periodNumber": {"rawNumber": 1}, "dateStart": "2025-11-03T00:00:00",
                        "dateFinish": "2025-12-26T00:00:00"}, "finalMarks": finals}]}],
    }


# MARK: - OnlineMektep: the class journal, Kazakh interface

DATES = ["06.11", "13.11"]
DAILY = {"Ахметов": ["7", "8"], "Әбдірахманова": ["9", "10"], "Жақсылықов": ["9", ""], "Иванова": ["8", "9"],
         "Қасымова": ["", "7"], "Ким": ["7", "7"], "Нұрланов": ["10", "9"], "Оспанова Қайратқызы": ["6", ""],
         "Өмірзақ": ["н", "5"], "Сейтқали": ["10", "10"], "Төлеген": ["8", "9"]}


def onlinemektep_journal():
    out = io.StringIO()
    rows = csv.writer(out, lineterminator="\r\n")
    rows.writerow(["OnlineMektep — Сынып журналы"])
    rows.writerow(["Сынып: 7А", "Пән: Математика", "Тоқсан: 2", "Оқу жылы: 2025-2026"])
    rows.writerow(["Р/с", "Аты-жөні"] + DATES + [title for (_, title, _) in SUMMATIVES] + ["Тоқсандық баға"])
    rows.writerow(["", "Ең жоғары балл"] + [""] * len(DATES) + [str(m) for (_, _, m) in SUMMATIVES] + [""])
    for number, (name, key) in enumerate(zip(ONLINEMEKTEP, ONLINEMEKTEP_KEYS), start=1):
        marks = list(MARKS[key])
        for (override_key, index), value in ONLINEMEKTEP_OVERRIDES.items():
            if override_key == key:
                marks[index] = value
        rows.writerow([str(number), name] + DAILY[key] + marks)
    return "\ufeff" + out.getvalue()


# MARK: - BilimClass: one student's dump (Нұрланов Ерасыл, with an IIN)

NS = uuid.UUID("5d1f2a40-6c3e-4b7a-8e21-0f9a3c6d7e55")


def guid(name):
    return str(uuid.uuid5(NS, name))


def wrap(data):
    return {"data": data, "success": True}


MATH = (120, "Математика", guid("math"))
# (date, type, markMax, mark)
LESSONS = [("20.11.2025", "regular", 10, "9"), ("27.11.2025", "sor", 20, "18"), ("11.12.2025", "sor", 15, "14"),
           ("23.12.2025", "soch", 25, "22")]


def bilimclass_dump():
    school = {"eduYears": [{"schoolId": 1000777, "eduYear": 2025, "isCurrent": True, "dateStart": "01.09.2025",
                            "dateEnd": "25.05.2026", "status": "active", "canEditPeriods": False}],
              "name": "КГУ «Школа-гимназия №12»", "bin": "990340004321", "type": "regular", "region": "г. Алматы",
              "apiVersion": "v4", "flagFiveScoreEnabled": False, "journalVersion": "v2"}
    user = {"surname": "Нұрланов", "firstname": "Ерасыл", "lastname": "Асқарұлы", "bornDate": "15.03.2012",
            "gender": "m", "position": "Ученик", "school": school, "userId": 90000201, "role": "student",
            "roleVersion": "studentV4",
            "studentInfo": {"studentGroupUuid": guid("group-7a"), "studentUuid": guid("student-erasyl"),
                            "iin": "120315500048", "fullname": "НҰРЛАНОВ ЕРАСЫЛ"},
            "school_id": 1000777, "group": {"id": 931012, "name": "7 А", "letter": "А", "parallel": 7}}
    periods = {"periods": [
        {"eduYear": 2025, "periodType": "quarter", "period": n, "periodStart": start, "periodEnd": end,
         "id": 50500 + n, "uuid": str(50500 + n), "isCurrent": n == 2, "recommendedFormula": "2024"}
        for n, start, end in [(1, "02.09.2025", "24.10.2025"), (2, "03.11.2025", "26.12.2025")]]}
    schedules = [{"uuid": guid("lesson/" + date), "date": date, "timeStart": "09:00:00", "type": kind,
                  "markMax": maximum} for (date, kind, maximum, _) in LESSONS]
    subjects = [{"eduSubjectUuid": MATH[2], "subjectId": MATH[0], "subjectName": MATH[1], "finalScore": "5",
                 "periodType": "quarter",
                 "periodInfo": {"periodUuid": guid("period-2"), "recommendedFormula": "2024",
                                "eduSubjectUuid": MATH[2], "subjectId": MATH[0], "scoreType": "mark"},
                 "scoreType": "mark", "schedules": schedules}]
    field = {"regular": "formattedScore", "sor": "sor", "soch": "soch"}
    quarter = {guid("lesson/" + date): {field[kind]: {"mark": mark, "markMax": maximum, "comment": None},
                                        "attendance": "was_in_class"}
               for (date, kind, maximum, mark) in LESSONS}
    return {"user_info": wrap(user), "periods": wrap(periods), "subjects-q2": wrap(subjects),
            "quarter-q2": wrap(quarter)}


def write_json(name, value):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as out:
        json.dump(value, out, ensure_ascii=False, indent=2)
        out.write("\n")


write_json("kundelik-7A-dump.json", kundelik_dump())
with open(os.path.join(HERE, "7А Математика 2-тоқсан.csv"), "w", encoding="utf-8", newline="") as out:
    out.write(onlinemektep_journal())
write_json("bilimclass-7A-nurlanov.json", bilimclass_dump())
