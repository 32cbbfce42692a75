#!/usr/bin/env python3
"""Writes the synthetic BilimClass samples in this folder.

Run once from this folder (`python3 make_samples.py`); the output is committed. Every person, IIN,
BIN and id here is invented. The shapes follow the third-party notes on BilimClass's web API
(see docs/formats/bilimclass.md): every response is wrapped as {"data": ..., "success": true}.
"""
import json
import os
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
NS = uuid.UUID("3b7e0c52-8c1e-4a57-9d0e-5b1f0a2c7d11")


def guid(name):
    return str(uuid.uuid5(NS, name))


def wrap(data):
    return {"data": data, "success": True}


def write(path, value):
    full = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as out:
        json.dump(value, out, ensure_ascii=False, indent=2)
        out.write("\n")


SCHOOL = {
    "eduYears": [
        {"schoolId": 1000777, "eduYear": 2025, "isCurrent": True, "dateStart": "01.09.2025",
         "dateEnd": "25.05.2026", "status": "active", "canEditPeriods": False},
    ],
    "name": "КГУ «Школа-гимназия №77»",
    "bin": "990340001234",
    "type": "regular",
    "region": "г. Алматы",
    "apiVersion": "v4",
    "flagFiveScoreEnabled": False,
    "journalVersion": "v2",
}


def user_info(surname, firstname, lastname, fullname, iin, user_id, born, gender):
    return {
        "surname": surname, "firstname": firstname, "lastname": lastname,
        "bornDate": born, "gender": gender, "position": "Ученик",
        "school": SCHOOL, "userId": user_id, "role": "student", "roleVersion": "studentV4",
        "studentInfo": {
            "studentGroupUuid": guid("group-7v"), "studentUuid": guid("student-%d" % user_id),
            "iin": iin, "fullname": fullname,
        },
        "school_id": 1000777,
        "group": {"id": 930946, "name": "7 В", "letter": "В", "parallel": 7},
    }


PERIODS = {"periods": [
    {"eduYear": 2025, "periodType": "quarter", "period": n, "periodStart": start, "periodEnd": end,
     "id": 50400 + n, "uuid": str(50400 + n), "isCurrent": False, "recommendedFormula": "2024"}
    for n, start, end in [(1, "02.09.2025", "24.10.2025"), (2, "03.11.2025", "26.12.2025"),
                          (3, "08.01.2026", "18.03.2026"), (4, "30.03.2026", "25.05.2026")]
]}

# (subjectId, name, eduSubjectUuid)
ALGEBRA = (110, "Алгебра", guid("algebra"))
HISTORY = (215, "Қазақстан тарихы", guid("history"))

# Lessons per quarter: (subject, date, type, markMax). СОЧ via sMaxScore only in Q2 history.
LESSONS = {
    1: [(ALGEBRA, "02.09.2025", "regular", 10), (ALGEBRA, "09.09.2025", "regular", 10),
        (ALGEBRA, "16.09.2025", "regular", 10), (ALGEBRA, "14.10.2025", "sor", 20),
        (ALGEBRA, "30.09.2025", "sor", 15), (ALGEBRA, "21.10.2025", "soch", 25),
        (HISTORY, "03.09.2025", "regular", 10), (HISTORY, "10.09.2025", "regular", 10),
        (HISTORY, "01.10.2025", "sor", 20), (HISTORY, "22.10.2025", "soch", 20)],
    2: [(ALGEBRA, "04.11.2025", "regular", 10), (ALGEBRA, "11.11.2025", "regular", 10),
        (ALGEBRA, "02.12.2025", "sor", 20), (ALGEBRA, "23.12.2025", "soch", 25),
        (HISTORY, "05.11.2025", "regular", 10), (HISTORY, "26.11.2025", "sor", 20),
        (HISTORY, "24.12.2025", "soch", None)],
}


def lesson_uuid(student, subject, date, kind):
    return guid("%s/%d/%s/%s" % (student, subject[0], date, kind))


def subjects(student, quarter, finals):
    out = []
    for subject in (ALGEBRA, HISTORY):
        schedules = []
        for (subj, date, kind, mark_max) in LESSONS[quarter]:
            if subj != subject:
                continue
            lesson = {"uuid": lesson_uuid(student, subj, date, kind), "date": date, "timeStart": "08:00:00",
                      "type": kind}
            if mark_max is None:
                lesson["sMaxScore"] = 20
            else:
                lesson["markMax"] = mark_max
            schedules.append(lesson)
        out.append({
            "eduSubjectUuid": subject[2], "subjectId": subject[0], "subjectName": subject[1],
            "finalScore": finals.get(subject[0]), "periodType": "quarter",
            "periodInfo": {"periodUuid": guid("period-%d" % quarter), "recommendedFormula": "2024",
                           "eduSubjectUuid": subject[2], "subjectId": subject[0], "scoreType": "mark"},
            "scoreType": "mark", "schedules": schedules,
        })
    return out


def quarter(student, quarter_number, marks, only=None):
    """marks: {(subjectId, date): entry}; only: a subjectId to restrict the lessons to."""
    out = {}
    for (subj, date, kind, mark_max) in LESSONS[quarter_number]:
        if only is not None and subj[0] != only:
            continue
        entry = marks.get((subj[0], date))
        if entry is None:
            entry = {"attendance": "was_in_class"}
        out[lesson_uuid(student, subj, date, kind)] = entry
    return out


def m(mark, mark_max, comment=None):
    return {"mark": mark, "markMax": mark_max, "comment": comment}


# Ерасыл Нұрланов Асқарұлы (valid IIN).
ERASYL_MARKS = {
    1: {
        (110, "02.09.2025"): {"formattedScore": m("8", 10), "attendance": "was_in_class"},
        (110, "09.09.2025"): {"formattedScore": m(9, 10, "Жақсы"), "attendance": "was_in_class"},
        (110, "16.09.2025"): {"attendance": "missing_by_sick"},
        (110, "30.09.2025"): {"sor": m("12", 15), "attendance": "was_in_class"},
        (110, "14.10.2025"): {"sor": m("16", 20, "Молодец"), "attendance": "was_in_class"},
        (110, "21.10.2025"): {"soch": m("21", 25), "attendance": "was_in_class"},
        (215, "03.09.2025"): {"formattedScore": m("7,5", 10), "po": m("1", 1, "проектная работа"),
                               "attendance": "was_in_class"},
        (215, "10.09.2025"): {"formattedScore": m(None, 10), "attendance": "was_in_class"},
        (215, "01.10.2025"): {"sor": m("17", 20), "attendance": "was_in_class"},
        (215, "22.10.2025"): {"soch": m("15", 20), "attendance": "was_in_class"},
    },
    2: {
        (110, "04.11.2025"): {"formattedScore": m("10", 10), "attendance": "was_in_class"},
        (110, "11.11.2025"): {"formattedScore": m("н", 10), "attendance": "missing_without_reason"},
        (110, "02.12.2025"): {"sor": m("18", 20), "attendance": "was_in_class"},
        (110, "23.12.2025"): {"soch": m("22", 25), "attendance": "was_in_class"},
        (215, "05.11.2025"): {"formattedScore": m("6", 10), "attendance": "was_in_class"},
        (215, "26.11.2025"): {"sor": m("14", 20), "attendance": "was_in_class"},
        (215, "24.12.2025"): {"soch": m("16", None), "attendance": "was_in_class"},
    },
}
ERASYL_FINALS = {1: {110: "5", 215: "4"}, 2: {110: "5", 215: None}}


def year_sheet(rows):
    return {"groupName": "7 В", "groupId": 930946, "rows": [
        {"subjectName": name, "eduSubjectUuid": subject_uuid, "scoreType": "mark", "periodType": "quarter",
         "attendances": {"missingByAnotherReason": 0, "missingBySick": 1, "missingDue": 0,
                         "missingWithoutReason": 1, "totalMissCount": 2},
         "attestations": {"quarter1": q[0], "quarter2": q[1], "quarter3": q[2], "quarter4": q[3]},
         "yearScores": scores}
        for (name, subject_uuid, q, scores) in rows]}


ERASYL_YEAR = year_sheet([
    ("Алгебра", ALGEBRA[2], ["5", "5", "4", "5"],
     {"studentGroupUuid": guid("group-7v"), "recommendedYearScore": "5", "yearScore": "5", "examScore": None,
      "recommendedFinalScore": "5", "finalScore": "5", "uuid": guid("ys-alg")}),
    ("Қазақстан тарихы", HISTORY[2], ["4", "4", None, None],
     {"studentGroupUuid": guid("group-7v"), "recommendedYearScore": "4", "yearScore": None, "examScore": None,
      "recommendedFinalScore": None, "finalScore": None, "uuid": guid("ys-hist")}),
])

ERASYL = user_info("Нұрланов", "Ерасыл", "Асқарұлы", "НҰРЛАНОВ ЕРАСЫЛ", "120315500048", 90000101,
                   "15.03.2012", "m")

# The folder dump.
write("api-dump/user_info.json", wrap(ERASYL))
write("api-dump/periods.json", wrap(PERIODS))
for q in (1, 2):
    write("api-dump/subjects-q%d.json" % q, wrap(subjects("erasyl", q, ERASYL_FINALS[q])))
    write("api-dump/quarter-q%d.json" % q, wrap(quarter("erasyl", q, ERASYL_MARKS[q])))
write("api-dump/year.json", wrap(ERASYL_YEAR))

# The same student's dump as one file, quarter 1 only, with the per-period keys.
write("7V-student-dump.json", {
    "user_info": wrap(ERASYL),
    "periods": wrap(PERIODS),
    "subjects-q1": wrap(subjects("erasyl", 1, ERASYL_FINALS[1])),
    "quarter-q1": wrap(quarter("erasyl", 1, ERASYL_MARKS[1])),
    "year": wrap(ERASYL_YEAR),
})

# Мария Иванова Сергеевна: invalid IIN (wrong check digit), fullname without the patronymic.
MARIA = user_info("Иванова", "Мария", "Сергеевна", "ИВАНОВА МАРИЯ", "120704600126", 90000102, "04.07.2012", "f")
MARIA_MARKS = {
    (110, "02.09.2025"): {"formattedScore": m("6", 10), "attendance": "was_in_class"},
    (110, "14.10.2025"): {"sor": m("16", 20), "attendance": "was_in_class"},
    (110, "30.09.2025"): {"attendance": "missing_by_sick"},
    (110, "21.10.2025"): {"soch": m("19", 25), "attendance": "was_in_class"},
    (215, "01.10.2025"): {"sor": m(15, 20), "attendance": "was_in_class"},
}
write("7V-invalid-iin-dump.json", {
    "user_info": wrap(MARIA),
    "periods": wrap(PERIODS),
    "subjects": wrap(subjects("maria", 1, {110: "4", 215: "4"})),
    "quarter": wrap(quarter("maria", 1, MARIA_MARKS)),
})

# Bad inputs: small one-file dumps of quarter 1, algebra only.
def small_dump(marks, student="bad"):
    subject_list = [s for s in subjects(student, 1, {}) if s["subjectId"] == 110]
    return {
        "user_info": wrap(ERASYL),
        "periods": wrap(PERIODS),
        "subjects": wrap(subject_list),
        "quarter": wrap(quarter(student, 1, marks, only=110)),
    }


def dump_text(value):
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


good = {(110, "02.09.2025"): {"formattedScore": m("8", 10), "attendance": "was_in_class"},
        (110, "30.09.2025"): {"sor": m("12", 15), "attendance": "was_in_class"}}

text = dump_text(small_dump(good))
cut = text.index('"quarter": {')
os.makedirs(os.path.join(HERE, "bad"), exist_ok=True)
with open(os.path.join(HERE, "bad/truncated-dump.json"), "w", encoding="utf-8") as out:
    out.write(text[:cut + 200])

no_max = small_dump(dict(good))
for lesson in no_max["subjects"]["data"][0]["schedules"]:
    if lesson["date"] == "14.10.2025":
        del lesson["markMax"]
no_max["quarter"]["data"][lesson_uuid("bad", ALGEBRA, "14.10.2025", "sor")] = {
    "sor": {"mark": "16", "comment": None}, "attendance": "was_in_class"}
write("bad/mark-without-max.json", no_max)

write("bad/negative-mark.json", small_dump(
    {**good, (110, "14.10.2025"): {"sor": m("-3", 20), "attendance": "was_in_class"}}))
write("bad/mark-over-max.json", small_dump(
    {**good, (110, "14.10.2025"): {"sor": m("23", 20), "attendance": "was_in_class"}}))

unknown = small_dump(good)
unknown["quarter"]["data"][guid("no-such-lesson")] = {"formattedScore": m("7", 10), "attendance": "was_in_class"}
write("bad/unknown-schedule.json", unknown)

write("bad/kundelik-persons.json", {
    "persons": [{"id": 1000004518530, "id_str": "1000004518530", "userId": 1000004518531,
                 "userId_str": "1000004518531", "shortName": "Нұрланов Ерасыл", "lastName": "Нұрланов",
                 "firstName": "Ерасыл", "middleName": "Асқарұлы", "sex": "Male"}],
    "marks": [{"id": 1, "id_str": "1", "value": "5", "textValue": "5", "person": 1000004518530,
               "person_str": "1000004518530", "work": 77, "work_str": "77", "mood": "Good"}],
})
