#!/usr/bin/env python3
"""Writes the synthetic Kundelik samples in this folder.

Run once from this folder (`python3 make_samples.py`); the output is committed. Every person, id
and mark here is invented. The JSON shapes follow docs/formats/kundelik.md: entity shapes of the
Dnevnik/Kundelik v2 API ([C3]), the criteria journal and the PascalCase totals ([C3]/[U]); the
report tables are reconstructed ([I]).
"""
import copy
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# (last name, first name, middle name, Russian-letter spelling for CP1251 files)
STUDENTS = [
    ("Серікқызы", "Аружан", "Ерланқызы", "Сериккызы Аружан Ерланкызы"),
    ("Нұрланұлы", "Ерасыл", "Асқарұлы", "Нурланулы Ерасыл Аскарулы"),
    ("Иванова", "Мария", "Петровна", "Иванова Мария Петровна"),
    ("Ким", "Алексей", "Викторович", "Ким Алексей Викторович"),
    ("Әбдірахманова", "Әйгерім", "Серікқызы", "Абдирахманова Айгерим Сериккызы"),
    ("Жақсылықов", "Данияр", "Маратұлы", "Жаксылыков Данияр Маратулы"),
    ("Төлеген", "Айша", None, "Толеген Айша"),
    ("Петров", "Дмитрий", "Сергеевич", "Петров Дмитрий Сергеевич"),
    ("Қасымова", "Інжу", "Бауыржанқызы", "Касымова Инжу Бауыржанкызы"),
    ("Оспанов", "Тимур", "Ерланович", "Оспанов Тимур Ерланович"),
    ("Үсенов", "Ғалым", "Нұрболатұлы", "Усенов Галым Нурболатулы"),
    ("Өмірзақ", "Аңсар", "Жанұлы", "Омирзак Ансар Жанулы"),
]

# 64-bit ids: several exceed 2^53 and would change if read through a Double.
PERSON_IDS = [2120551935349716683 + 1000 * i for i in range(len(STUDENTS))]
PERSON_IDS[3] = 1000006849522  # a small one, as older accounts have
GROUP_ID = 1990617406416573569
SCHOOL_ID = 1000003567890
SUBJECTS = [(1990617406416573700, "Математика"), (1990617406416573711, "Қазақ тілі")]
YEAR = "2025-2026"
QUARTERS = [  # id, start, finish (Kundelik numbers periods from 0)
    (1990617406416574001, "2025-09-01T00:00:00", "2025-10-24T00:00:00"),
    (1990617406416574002, "2025-11-03T00:00:00", "2025-12-26T00:00:00"),
    (1990617406416574003, "2026-01-08T00:00:00", "2026-03-18T00:00:00"),
    (1990617406416574004, "2026-03-30T00:00:00", "2026-05-25T00:00:00"),
]
YEAR_PERIOD = (1990617406416574000, "2025-09-01T00:00:00", "2026-05-25T00:00:00")
WORK_TYPES = [
    {"id": 5101, "schoolId": SCHOOL_ID, "kindId": 1, "kind": "CommonWork", "title": "Формативное оценивание",
     "abbr": "ФО", "weight": 1},
    {"id": 5102, "schoolId": SCHOOL_ID, "kindId": 2, "kind": "CommonWork", "title": "Диктант", "abbr": "Д",
     "weight": 2},
]


def write_json(name, value):
    path = os.path.join(HERE, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as out:
        json.dump(value, out, ensure_ascii=False, indent=2)
        out.write("\n")


def person(index, with_groups=False):
    last, first, middle, _ = STUDENTS[index]
    pid = PERSON_IDS[index]
    record = {"id": pid, "id_str": str(pid), "userId": pid + 7, "userId_str": str(pid + 7),
              "firstName": first, "lastName": last, "middleName": middle,
              "shortName": f"{last} {first[0]}.", "sex": "Female" if index in (0, 2, 4, 6, 8) else "Male"}
    if with_groups:
        record["eduGroups"] = [{"id": GROUP_ID, "id_str": str(GROUP_ID), "name": "7А", "type": "Group"}]
    return record


def edu_group():
    return {"id": GROUP_ID, "id_str": str(GROUP_ID), "parentIds": [], "parentIds_str": [], "type": "Group",
            "name": "7А", "fullName": "7А сынып", "parallel": 7, "timetable": None, "status": "Active",
            "studyyear": 2025, "subjects": [s[0] for s in SUBJECTS], "journalType": "Criteria"}


def subjects():
    return [{"id": sid, "idStr": str(sid), "name": name, "knowledgeArea": None} for sid, name in SUBJECTS]


def reporting_periods():
    periods = [{"id": pid, "id_str": str(pid), "start": start, "finish": finish, "number": n, "type": "Quarter",
                "name": f"{n + 1} четверть", "year": 2025} for n, (pid, start, finish) in enumerate(QUARTERS)]
    pid, start, finish = YEAR_PERIOD
    periods.append({"id": pid, "id_str": str(pid), "start": start, "finish": finish, "number": 0, "type": "Year",
                    "name": "Год", "year": 2025})
    return periods


# Formative works in quarter 2: (work id, subject index, date, work type, mark type, text)
WORKS = [
    (3301, 0, "2025-11-05", 5101, "Mark10", ""),
    (3302, 0, "2025-11-12", 5101, "Mark10", ""),
    (3303, 0, "2025-11-19", 5101, "Mark10", "ФО: Линейные уравнения"),
    (3311, 1, "2025-11-06", 5101, "Mark10", ""),
    (3312, 1, "2025-11-13", 5101, "Mark10", ""),
    (3313, 1, "2025-11-20", 5102, "Mark5", "Диктант"),
]


def work_id(base):
    return 2300000000000000000 + base


def works():
    records = []
    for base, subject, date, wtype, mtype, text in WORKS:
        wid = work_id(base)
        records.append({"id": wid, "id_str": str(wid), "type": "DefaultNewLessonWork", "workType": wtype,
                        "markType": mtype, "markCount": 1, "lesson": wid + 9, "lesson_str": str(wid + 9),
                        "eduGroup": GROUP_ID, "eduGroup_str": str(GROUP_ID), "displayInJournal": True,
                        "status": "Sent", "text": text, "periodNumber": 1, "periodType": "Quarter",
                        "subjectId": SUBJECTS[subject][0], "isImportant": False,
                        "targetDate": date + "T00:00:00", "createdBy": 1000006800001})
    return records


# Marks per work (rows: students). Codes: н unexcused absence, п excused, б ill, о late for the lesson.
MARK_TABLE = {
    3301: ["9", "7", "10", "6", "8", "н", "9", "5", "10", "7", "8", "9"],
    3302: ["10", "8", "9", "п", "7", "6", "о", "6", "9", "8", "б", "10"],
    3303: ["8", "6", "10", "7", "9", "7", "8", "", "10", "6", "9", "8"],
    3311: ["10", "9", "8", "7", "10", "6", "9", "7", "10", "8", "9", "9"],
    3312: ["9", "н", "8", "8", "9", "7", "10", "6", "9", "7", "8", "10"],
    3313: ["өте жақсы", "4", "5", "ПЛХ", "5", "3", "4", "УДВ", "5", "4", "жақсы", "5"],
}
MOOD = {"10": "Good", "9": "Good", "8": "Good", "7": "Average", "6": "Average", "5": "Good", "4": "Good",
        "3": "Average"}


def marks():
    records = []
    serial = 0
    for base, _, date, _, mtype, _ in WORKS:
        wid = work_id(base)
        for index, value in enumerate(MARK_TABLE[base]):
            if value == "":
                continue
            serial += 1
            mid = 2400000000000000000 + serial
            pid = PERSON_IDS[index]
            records.append({"id": mid, "id_str": str(mid), "type": mtype, "value": value,
                            "textValue": value, "person": pid, "person_str": str(pid), "work": wid,
                            "work_str": str(wid), "lesson": wid + 9, "lesson_str": str(wid + 9), "number": 0,
                            "date": date + "T10:15:00", "workType": 5101, "mood": MOOD.get(value, "NotSet"),
                            "use_avg_calc": value.isdigit()})
    return records


# Criteria journal: (section id, subject index, part, maxvalue)
SECTIONS = [
    (7701, 0, "СОР 1. Линейные уравнения", 20),
    (7702, 0, "СОР 2. Функции", 15),
    (7703, 0, "СОЧ за 2 четверть", 25),
    (7711, 1, "БЖБ 1. Менің отбасым", 18),
    (7712, 1, "БЖБ 2. Табиғат", 16),
    (7713, 1, "ТЖБ", 25),
]
POINTS = {
    7701: ["18", "14", "20", "11", "17", "9", "16", "12", "19", "13", "15", "17"],
    7702: ["14", "10", "15", "8", "13", "н", "12", "9", "15", "11", "12", "13"],
    7703: ["23", "17", "24", "15", "21", "13", "20", "16", "25", "18", "19", "22"],
    7711: ["17", "14", "15", "12", "18", "11", "16", "13", "18", "14", "15", "16"],
    7712: ["15", "12", "14", "11", "16", "10", "б", "12", "16", "13", "14", "15"],
    7713: ["24", "19", "21", "17", "25", "16", "22", "18", "25", "20", "21", "23"],
}


def section_id(base):
    return 2500000000000000000 + base


def sections():
    return [{"id": section_id(base), "id_str": str(section_id(base)), "part": part, "maxvalue": maxvalue,
             "subject": {"id": SUBJECTS[subject][0], "name": SUBJECTS[subject][1]}, "eduGroup": GROUP_ID,
             "period": QUARTERS[1][0]} for base, subject, part, maxvalue in SECTIONS]


def criteria_marks(students=range(len(STUDENTS)), subject_indices=(0, 1)):
    response = []
    for subject in subject_indices:
        person_marks = []
        for index in students:
            pid = PERSON_IDS[index]
            entries = []
            for base, s, _, _ in SECTIONS:
                if s != subject:
                    continue
                entries.append({"section": section_id(base), "section_str": str(section_id(base)),
                                "value": POINTS[base][index], "date": "2025-12-10T00:00:00"})
            person_marks.append({"person": pid, "person_str": str(pid), "criteriamarks": entries})
        response.append({"subject": SUBJECTS[subject][0], "personmarks": person_marks})
    return response


# Quarter (Q1, Q2) and year marks for the totals; None = not set yet.
QUARTER_MARKS = {
    0: [("5", "5"), ("4", "4"), ("5", "5"), ("3", "3"), ("4", "5"), ("3", "3"), ("4", "4"), ("4", "3"),
        ("5", "5"), ("4", "4"), ("4", "4"), ("5", "4")],
    1: [("5", "5"), ("4", "4"), ("4", "5"), ("4", "3"), ("5", "5"), ("3", "3"), ("4", "4"), ("3", "4"),
        ("5", "5"), ("4", "4"), ("4", "4"), ("5", "5")],
}
YEAR_MARKS = {0: ["5", "4", "5", "3", None, "3", "4", None, "5", "4", "4", "5"],
              1: ["5", "4", "5", "4", "5", "3", "4", None, "5", "4", "4", "5"]}


def totals_light(students=range(len(STUDENTS)), subject_indices=(0, 1)):
    """The criteria-marks-totals-light response: PascalCase, a bare array."""
    response = []
    for subject in subject_indices:
        sid, name = SUBJECTS[subject]
        periods = []
        for q in (0, 1):
            pid, start, finish = QUARTERS[q]
            finals = []
            for index in students:
                last, first, middle, _ = STUDENTS[index]
                person_name = {"LastName": last, "FirstName": first}
                if middle:
                    person_name["MiddleName"] = middle
                value = QUARTER_MARKS[subject][index][q]
                finals.append({"Student": {"PersonId": PERSON_IDS[index], "PersonName": person_name},
                               "Mark": {"Value": value}})
            periods.append({"Period": {"Id": pid, "PeriodNumber": {"RawNumber": q}, "DateStart": start,
                                       "DateFinish": finish}, "FinalMarks": finals})
        summaries = []
        for index in students:
            value = YEAR_MARKS[subject][index]
            summaries.append({"Student": {"PersonId": PERSON_IDS[index]},
                              "TotalMark": {"Value": value} if value else {}})
        response.append({"SubjectName": name, "SubjectId": sid, "FinalMarks": periods, "Summaries": summaries})
    return response


def camel(value):
    """The same response with camelCase keys."""
    if isinstance(value, dict):
        return {key[0].lower() + key[1:]: camel(item) for key, item in value.items()}
    if isinstance(value, list):
        return [camel(item) for item in value]
    return value


def all_final_marks(index):
    """persons/{p}/edu-groups/{g}/allfinalmarks for one student."""
    response = []
    for subject in (0, 1):
        periods = []
        for q in (0, 1):
            pid, start, _ = QUARTERS[q]
            periods.append({"Period": {"Id": pid, "PeriodNumber": {"RawNumber": q}, "DateStart": start},
                            "FinalMarks": [{"Student": {"PersonId": PERSON_IDS[index]},
                                            "Mark": {"Value": QUARTER_MARKS[subject][index][q]}}]})
        response.append({"SubjectName": SUBJECTS[subject][1], "FinalMarks": periods})
    return response


def folder_dump():
    folder = "api-dump/"
    write_json(folder + "persons.json", [person(i) for i in range(len(STUDENTS))])
    write_json(folder + "eduGroups.json", [edu_group()])
    write_json(folder + "subjects.json", subjects())
    write_json(folder + "reportingPeriods.json", reporting_periods())
    write_json(folder + "workTypes.json", WORK_TYPES)
    write_json(folder + "works.json", works())
    all_marks = marks()
    third = (len(all_marks) + 2) // 3
    for page in range(3):
        write_json(folder + f"marks-{page + 1}.json", all_marks[page * third:(page + 1) * third])
    write_json(folder + "criteriaMarksSections.json", sections())
    write_json(folder + "criteriaMarks.json", criteria_marks())


FOUR = range(4)


def single_dump():
    math_works = [w for w in works() if w["subjectId"] == SUBJECTS[0][0]]
    math_ids = {w["id"] for w in math_works}
    four_ids = {PERSON_IDS[i] for i in FOUR}
    dump = {
        "persons": [person(i, with_groups=True) for i in FOUR],
        "eduGroups": [edu_group()],
        "subjects": subjects()[:1],
        "reportingPeriods": reporting_periods(),
        "workTypes": WORK_TYPES[:1],
        "works": math_works,
        "marks": [m for m in marks() if m["work"] in math_ids and m["person"] in four_ids],
        "criteriaMarksSections": [s for s in sections() if s["subject"]["id"] == SUBJECTS[0][0]],
        "criteriaMarks": criteria_marks(FOUR, (0,)),
        "criteriaMarksTotals": camel(totals_light(FOUR, (0,))),
    }
    write_json("7A-api-dump.json", dump)


REPORT_SUBJECTS_RU = ["Математика", "Русский язык", "Физика", "Информатика"]
# Per student: marks for the Russian report's subjects ("-" = does not take it, "" = not set).
REPORT_RU = [
    ["5", "5", "5", "5"], ["4", "4", "4", "5"], ["5", "5", "5", "-"], ["3", "4", "3", "4"],
    ["5", "5", "4", "5"], ["3", "3", "3", "4"], ["4", "5", "4", ""], ["3", "4", "3", "4"],
    ["5", "5", "5", "5"], ["4", "4", "4", "4"], ["4", "4", "4", "-"], ["4", "5", "4", "5"],
]


def average(cells):
    numbers = [int(c) for c in cells if c.isdigit()]
    return f"{sum(numbers) / len(numbers):.2f}".replace(".", ",") if numbers else ""


def russian_report():
    """«Успеваемость: Классы» as Russian Excel re-saves it: CP1251, ';', decimal comma, CRLF."""
    rows = [["Успеваемость: Классы", "", "", "", "", "", ""],
            ["Класс: 7А", "", "", "", "", "", ""],
            ["Период: 2 четверть 2025-2026", "", "", "", "", "", ""],
            ["", "", "", "", "", "", ""],
            ["№", "ФИО", *REPORT_SUBJECTS_RU, "Средний балл"]]
    order = sorted(range(len(STUDENTS)), key=lambda i: STUDENTS[i][3])
    for number, index in enumerate(order, start=1):
        rows.append([str(number), STUDENTS[index][3], *REPORT_RU[index], average(REPORT_RU[index])])
    columns = list(zip(*[REPORT_RU[i] for i in order]))
    rows.append(["", "Средний балл", *[average(c) for c in columns], ""])
    rows.append(["", "Качество знаний, %", "75", "92", "75", "100", ""])
    text = "\r\n".join(";".join(row) for row in rows) + "\r\n"
    with open(os.path.join(HERE, "7A-class-progress-report.csv"), "wb") as out:
        out.write(text.encode("cp1251"))


REPORT_SUBJECTS_KK = ["Математика", "Қазақ тілі", "Орыс тілі", "Дүниежүзі тарихы"]
REPORT_KK = [
    ["5", "5", "5", "5"], ["4", "4", "-", "4"], ["5", "4", "5", "5"], ["3", "3", "4", ""],
    ["4", "5", "-", "5"], ["3", "3", "3", "3"], ["4", "4", "4", "4"], ["3", "4", "4", "3"],
    ["5", "5", "5", "5"], ["4", "4", "4", "4"], ["4", "4", "-", "4"], ["5", "5", "4", "5"],
]


def kazakh_report():
    """«Үлгерімі: Сыныптар» with Kazakh headings: UTF-8 with BOM, commas."""
    lines = ["Үлгерімі: Сыныптар,,,,,,", "Сынып: 7А,,,,,,", "Кезең: 2 тоқсан 2025-2026,,,,,,",
             "№,Оқушының аты-жөні," + ",".join(REPORT_SUBJECTS_KK) + ",Орташа балл"]
    order = sorted(range(len(STUDENTS)), key=lambda i: " ".join(p for p in STUDENTS[i][:3] if p))
    for number, index in enumerate(order, start=1):
        last, first, middle, _ = STUDENTS[index]
        name = " ".join(p for p in (last, first, middle) if p)
        cells = REPORT_KK[index]
        lines.append(",".join([str(number), name, *cells, '"' + average(cells) + '"']))
    columns = list(zip(*[REPORT_KK[i] for i in order]))
    lines.append(",Орташа балл," + ",".join('"' + average(c) + '"' for c in columns) + ",")
    lines.append(",Сапа %,75,83,78,82,")
    with open(os.path.join(HERE, "7A-synyptar-report-kk.csv"), "wb") as out:
        out.write(b"\xef\xbb\xbf" + ("\n".join(lines) + "\n").encode("utf-8"))


def bad_inputs():
    base = {
        "persons": [person(i) for i in range(2)],
        "eduGroups": [edu_group()],
        "subjects": subjects()[:1],
        "reportingPeriods": reporting_periods()[:2],
        "works": works()[:1],
        "marks": [m for m in marks() if m["work"] == work_id(3301) and m["person"] in PERSON_IDS[:2]],
        "criteriaMarksSections": sections()[:1],
        "criteriaMarks": criteria_marks(range(2), (0,)),
    }
    for entry in base["criteriaMarks"][0]["personmarks"]:
        entry["criteriamarks"] = entry["criteriamarks"][:1]

    unknown = copy.deepcopy(base)
    stranger = 2120551935349799999
    unknown["marks"].append(dict(unknown["marks"][0], id=2400000000000099999, id_str="2400000000000099999",
                                 person=stranger, person_str=str(stranger), value="8"))
    write_json("bad/mark-for-unknown-person.json", unknown)

    not_a_mark = copy.deepcopy(base)
    not_a_mark["marks"][1]["value"] = "см. тетрадь"
    not_a_mark["marks"][1]["textValue"] = "см. тетрадь"
    write_json("bad/not-a-mark.json", not_a_mark)

    negative = copy.deepcopy(base)
    negative["criteriaMarks"][0]["personmarks"][1]["criteriamarks"][0]["value"] = "-3"
    write_json("bad/negative-points.json", negative)

    over = copy.deepcopy(base)
    over["criteriaMarks"][0]["personmarks"][0]["criteriamarks"][0]["value"] = "22"
    write_json("bad/points-over-maxvalue.json", over)

    text = json.dumps(base, ensure_ascii=False, indent=2)
    cut = text.index('"marks"')
    cut = text.index('"value"', cut)
    with open(os.path.join(HERE, "bad/truncated-dump.json"), "w", encoding="utf-8") as out:
        out.write(text[:cut + 12])

    with open(os.path.join(HERE, "bad/teams-grades.csv"), "w", encoding="utf-8", newline="") as out:
        out.write("First Name,Last Name,Email Address,СОР 1 (макс. 20),Feedback\r\n"
                  "Аружан,Серікқызы,aruzhan.serikkyzy@school7.example.kz,18,Молодец\r\n"
                  "Мария,Иванова,maria.ivanova@school7.example.kz,15,\r\n")


if __name__ == "__main__":
    folder_dump()
    single_dump()
    write_json("criteria-marks-totals-light.json", totals_light())
    write_json("allfinalmarks.json", all_final_marks(2))
    russian_report()
    kazakh_report()
    bad_inputs()
