#!/usr/bin/env python3
"""Writes the synthetic OneRoster samples in this folder.

Run once from this folder (`python3 make_samples.py`); the output is committed. Every person, IIN,
e-mail and id here is invented. The files are written the way an SIS would write them (no GradePort
extension columns), following the column tables in reference/platform-formats.md §7.

- v1.1/            OneRoster 1.1 bulk: users carry role and orgSourcedIds; lineItems gradingPeriodSourcedId.
- v1.2/            OneRoster 1.2 bulk: roles.csv; lineItems academicSessionSourcedId and schoolSourcedId;
                   results with textScore, late and missing.
- 8A-kazakh-v1.2.zip   OneRoster 1.2 bulk as a .zip, a Kazakh-language class (БЖБ/ТЖБ).
- bad/             inputs with broken references, bad values, missing columns, deleted records, a cut zip.
"""
import csv
import io
import os
import shutil
import uuid
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
NS = uuid.UUID("3b0d7c55-5a8e-4f0e-9d7a-0a1e2f3c4d5e")


def guid(name):
    return str(uuid.uuid5(NS, name))


def iin(first_eleven):
    """A twelve-digit IIN with a valid check digit (assessment-rules.md §9)."""
    d = [int(c) for c in first_eleven]
    s = sum(v * (i + 1) for i, v in enumerate(d)) % 11
    if s == 10:
        w = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
        s = sum(v * w[i] for i, v in enumerate(d)) % 11
        assert s != 10, first_eleven
    return first_eleven + str(s)


def csv_text(header, rows):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([row.get(column, "") for column in header])
    return out.getvalue()


def write_folder(folder, files):
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    for name, text in files.items():
        with open(os.path.join(folder, name), "w", encoding="utf-8", newline="") as f:
            f.write(text)


def write_zip(path, files):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 15, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))


FILES_11 = ["academicSessions", "categories", "classResources", "classes", "courseResources", "courses",
            "demographics", "enrollments", "lineItems", "orgs", "results", "resources", "users"]
FILES_12 = ["academicSessions", "categories", "classResources", "classes", "courseResources", "courses",
            "demographics", "enrollments", "lineItemLearningObjectiveIds", "lineItemScoreScales", "lineItems",
            "orgs", "resources", "resultLearningObjectiveIds", "resultScoreScales", "results", "roles",
            "scoreScales", "userProfiles", "userResources", "users"]


def manifest(version, present, names, mode="bulk"):
    rows = [{"propertyName": "manifest.version", "value": "1.0"},
            {"propertyName": "oneroster.version", "value": version}]
    for name in names:
        rows.append({"propertyName": "file." + name, "value": mode if name in present else "absent"})
    rows.append({"propertyName": "source.systemName", "value": "Школьная ИС (синтетическая)"})
    rows.append({"propertyName": "source.systemCode", "value": "sample-sis"})
    return csv_text(["propertyName", "value"], rows)


# --- The school, its year and quarters -------------------------------------------------------------

SCHOOL = {"sourcedId": guid("org:school-12"), "name": "КГУ «Школа-лицей №12» г. Алматы", "type": "school",
          "identifier": "990340005678", "parentSourcedId": guid("org:district")}
DISTRICT = {"sourcedId": guid("org:district"), "name": "Управление образования г. Алматы", "type": "district"}
YEAR = {"sourcedId": guid("year:2025-2026"), "title": "2025-2026 учебный год", "type": "schoolYear",
        "startDate": "2025-09-01", "endDate": "2026-05-25", "schoolYear": "2026"}
Q1 = {"sourcedId": guid("term:Q1"), "title": "1 четверть", "type": "term", "startDate": "2025-09-01",
      "endDate": "2025-10-24", "parentSourcedId": YEAR["sourcedId"], "schoolYear": "2026"}
Q2 = {"sourcedId": guid("term:Q2"), "title": "2 четверть", "type": "term", "startDate": "2025-11-03",
      "endDate": "2025-12-26", "parentSourcedId": YEAR["sourcedId"], "schoolYear": "2026"}

# (given, family, patronymic, e-mail local part, IIN first eleven digits)
STUDENTS_7A = [
    ("Аружан", "Серікқызы", "Ерланқызы", "aruzhan.serikkyzy", "1203154001"),
    ("Ерасыл", "Нұрланұлы", "Асқарұлы", "erasyl.nurlanuly", "1201203002"),
    ("Мария", "Иванова", "Сергеевна", "maria.ivanova", "1206104003"),
    ("Алексей", "Ким", "Викторович", "aleksey.kim", "1211023004"),
    ("Әйгерім", "Әбдірахманова", "Болатқызы", "aigerim.abdirakhmanova", "1208084005"),
    ("Данияр", "Жақсылықов", "Маратұлы", "daniyar.zhaksylykov", "1202283006"),
    ("Інжу", "Қасымова", "Нұржанқызы", "inzhu.kasymova", "1209304007"),
    ("Тимур", "Оспанов", "Русланович", "timur.ospanov", "1204173008"),
]
TEACHERS_7A = [
    ("Гүлнар", "Омарова", "Серікқызы", "gulnar.omarova"),
    ("Виктор", "Петров", "Андреевич", "viktor.petrov"),
]
DOMAIN = "school12.example.kz"


def students(rows, class_tag):
    out = []
    for given, family, patronymic, login, digits in rows:
        sid = guid(f"user:{class_tag}:{login}")
        out.append({"sourcedId": sid, "enabledUser": "true", "username": f"{login}@{DOMAIN}",
                    "userIds": f"{{sis:{class_tag.upper()}-{len(out) + 1:02d}}}", "givenName": given,
                    "familyName": family, "middleName": patronymic, "identifier": iin(digits + "0"),
                    "email": f"{login}@{DOMAIN}", "grades": "07" if class_tag == "7a" else "08"})
    return out


def teachers(rows):
    return [{"sourcedId": guid(f"user:teacher:{login}"), "enabledUser": "true", "username": f"{login}@{DOMAIN}",
             "givenName": given, "familyName": family, "middleName": patronymic, "email": f"{login}@{DOMAIN}"}
            for given, family, patronymic, login in rows]


# --- Classes, line items and results of 7А --------------------------------------------------------

COURSES = [
    {"sourcedId": guid("course:math-7"), "title": "Математика 7", "grades": "07", "orgSourcedId": SCHOOL["sourcedId"],
     "subjects": "Математика", "schoolYearSourcedId": YEAR["sourcedId"]},
    {"sourcedId": guid("course:physics-7"), "title": "Физика 7", "grades": "07", "orgSourcedId": SCHOOL["sourcedId"],
     "subjects": "Физика", "schoolYearSourcedId": YEAR["sourcedId"]},
    {"sourcedId": guid("course:homeroom-7"), "title": "7 класс", "grades": "07", "orgSourcedId": SCHOOL["sourcedId"],
     "schoolYearSourcedId": YEAR["sourcedId"]},
]
CLASS_MATH = {"sourcedId": guid("class:7A-math"), "title": "7А Математика", "grades": "07",
              "courseSourcedId": COURSES[0]["sourcedId"], "classCode": "7А-МАТ", "classType": "scheduled",
              "schoolSourcedId": SCHOOL["sourcedId"], "termSourcedIds": f"{Q1['sourcedId']},{Q2['sourcedId']}",
              "subjects": "Математика"}
CLASS_PHYS = {"sourcedId": guid("class:7A-physics"), "title": "7А Физика", "grades": "07",
              "courseSourcedId": COURSES[1]["sourcedId"], "classCode": "7А-ФИЗ", "classType": "scheduled",
              "schoolSourcedId": SCHOOL["sourcedId"], "termSourcedIds": Q1["sourcedId"], "subjects": "Физика"}
CLASS_HOME = {"sourcedId": guid("class:7A"), "title": "7А", "grades": "07", "courseSourcedId": COURSES[2]["sourcedId"],
              "classType": "homeroom", "schoolSourcedId": SCHOOL["sourcedId"], "termSourcedIds": YEAR["sourcedId"]}

CATEGORIES = [
    {"sourcedId": guid("category:fo"), "title": "ФО", "weight": "25"},
    {"sourcedId": guid("category:sor"), "title": "СОР", "weight": "25"},
    {"sourcedId": guid("category:soch"), "title": "СОЧ", "weight": "50"},
]

# (key, title, class, category index, term, due date, max)
LINE_ITEMS = [
    ("m-sor1", "СОР 1 по разделу «Рациональные числа»", CLASS_MATH, 1, Q1, "2025-09-26", "20"),
    ("m-sor2", "СОР 2 по разделу «Линейные уравнения»", CLASS_MATH, 1, Q1, "2025-10-10", "15"),
    ("m-fo1", "ФО: самостоятельная работа", CLASS_MATH, 0, Q1, "2025-09-16", "10"),
    ("m-soch", "СОЧ за 1 четверть", CLASS_MATH, 2, Q1, "2025-10-21", "30"),
    ("p-sor1", "СОР 1 «Механическое движение»", CLASS_PHYS, 1, Q1, "2025-10-02", "20"),
    ("m-q2-sor1", "СОР 1 по разделу «Степень с целым показателем»", CLASS_MATH, 1, Q2, "2025-11-21", "20"),
]

# Per student: m-sor1, m-sor2, m-fo1, m-soch, p-sor1, m-q2-sor1. "" = no result; special values below.
SCORES = [
    ("18", "13", "9", "27", "19", "17"),
    ("15.5", "11", "8", "24", "16", "14"),
    ("20", "15", "10", "29", "20", "19"),
    ("12", "missing", "7", "18", "14", ""),
    ("exempt", "12", "9", "22", "17", "16"),
    ("16", "10", "absent", "20", "13", "15"),
    ("19", "14", "10", "28", "18", "submitted"),
    ("14", "9", "6", "21", "", "13"),
]
COMMENTS = {(1, 0): "Ошибка в задаче 3, проверь вычисления", (2, 3): 'Отлично, "эталонная" работа',
            (5, 4): "Хорошо,\nно перепиши вывод формулы"}
LATE = {(3, 0), (6, 5)}


def results_for(students_rows, version):
    rows = []
    for s, student in enumerate(students_rows):
        for i, (key, title, klass, category, term, due, maximum) in enumerate(LINE_ITEMS):
            value = SCORES[s][i]
            if not value:
                continue
            row = {"sourcedId": guid(f"result:{student['sourcedId']}:{key}"), "lineItemSourcedId": guid("li:" + key),
                   "studentSourcedId": student["sourcedId"], "scoreDate": due}
            if value == "missing":
                row.update(scoreStatus="not submitted", missing="true")
            elif value == "exempt":
                row.update(scoreStatus="exempt", textScore="осв.")
            elif value == "absent":
                row.update(scoreStatus="not submitted", textScore="н")
            elif value == "submitted":
                row.update(scoreStatus="submitted")
            else:
                row.update(scoreStatus="fully graded", score=value)
            if version == "1.1":
                row.pop("textScore", None)
                row.pop("missing", None)
                if row["scoreStatus"] != "fully graded":
                    row["score"] = "0"
            else:
                row["classSourcedId"] = klass["sourcedId"]
                if (s, i) in LATE:
                    row["late"] = "true"
            if (s, i) in COMMENTS:
                row["comment"] = COMMENTS[(s, i)]
            rows.append(row)
    return rows


def enrollments_for(students_rows, teacher_rows, classes, school):
    rows = []
    for klass in classes:
        for student in students_rows:
            rows.append({"sourcedId": guid(f"enr:{klass['sourcedId']}:{student['sourcedId']}"),
                         "classSourcedId": klass["sourcedId"], "schoolSourcedId": school,
                         "userSourcedId": student["sourcedId"], "role": "student", "primary": "false"})
    for klass, teacher in teacher_rows:
        rows.append({"sourcedId": guid(f"enr:{klass['sourcedId']}:{teacher['sourcedId']}"),
                     "classSourcedId": klass["sourcedId"], "schoolSourcedId": school,
                     "userSourcedId": teacher["sourcedId"], "role": "teacher", "primary": "true"})
    return rows


HEADERS_12 = {
    "orgs": ["sourcedId", "status", "dateLastModified", "name", "type", "identifier", "parentSourcedId"],
    "academicSessions": ["sourcedId", "status", "dateLastModified", "title", "type", "startDate", "endDate",
                         "parentSourcedId", "schoolYear"],
    "courses": ["sourcedId", "status", "dateLastModified", "schoolYearSourcedId", "title", "courseCode", "grades",
                "orgSourcedId", "subjects", "subjectCodes"],
    "classes": ["sourcedId", "status", "dateLastModified", "title", "grades", "courseSourcedId", "classCode",
                "classType", "location", "schoolSourcedId", "termSourcedIds", "subjects", "subjectCodes", "periods"],
    "users": ["sourcedId", "status", "dateLastModified", "enabledUser", "username", "userIds", "givenName",
              "familyName", "middleName", "identifier", "email", "sms", "phone", "agentSourcedIds", "grades",
              "password", "userMasterIdentifier", "resourceSourcedIds", "preferredGivenName", "preferredMiddleName",
              "preferredFamilyName", "primaryOrgSourcedId", "pronouns"],
    "roles": ["sourcedId", "status", "dateLastModified", "userSourcedId", "roleType", "role", "beginDate", "endDate",
              "orgSourcedId", "userProfileSourcedId"],
    "enrollments": ["sourcedId", "status", "dateLastModified", "classSourcedId", "schoolSourcedId", "userSourcedId",
                    "role", "primary", "beginDate", "endDate"],
    "categories": ["sourcedId", "status", "dateLastModified", "title", "weight"],
    "lineItems": ["sourcedId", "status", "dateLastModified", "title", "description", "assignDate", "dueDate",
                  "classSourcedId", "categorySourcedId", "academicSessionSourcedId", "resultValueMin",
                  "resultValueMax", "schoolSourcedId"],
    "results": ["sourcedId", "status", "dateLastModified", "lineItemSourcedId", "studentSourcedId", "scoreStatus",
                "score", "scoreDate", "comment", "textScore", "classSourcedId", "inProgress", "incomplete", "late",
                "missing"],
}
HEADERS_11 = {
    "orgs": HEADERS_12["orgs"],
    "academicSessions": HEADERS_12["academicSessions"],
    "courses": HEADERS_12["courses"],
    "classes": HEADERS_12["classes"],
    "users": ["sourcedId", "status", "dateLastModified", "enabledUser", "orgSourcedIds", "role", "username",
              "userIds", "givenName", "familyName", "middleName", "identifier", "email", "sms", "phone",
              "agentSourcedIds", "grades", "password"],
    "enrollments": HEADERS_12["enrollments"],
    "categories": ["sourcedId", "status", "dateLastModified", "title"],
    "lineItems": ["sourcedId", "status", "dateLastModified", "title", "description", "assignDate", "dueDate",
                  "classSourcedId", "categorySourcedId", "gradingPeriodSourcedId", "resultValueMin",
                  "resultValueMax"],
    "results": ["sourcedId", "status", "dateLastModified", "lineItemSourcedId", "studentSourcedId", "scoreStatus",
                "score", "scoreDate", "comment"],
}


def line_items(version):
    rows = []
    for key, title, klass, category, term, due, maximum in LINE_ITEMS:
        row = {"sourcedId": guid("li:" + key), "title": title, "assignDate": due, "dueDate": due,
               "classSourcedId": klass["sourcedId"], "categorySourcedId": CATEGORIES[category]["sourcedId"],
               "resultValueMin": "0", "resultValueMax": maximum}
        if version == "1.1":
            row["gradingPeriodSourcedId"] = term["sourcedId"]
        else:
            row["academicSessionSourcedId"] = term["sourcedId"]
            row["schoolSourcedId"] = SCHOOL["sourcedId"]
        rows.append(row)
    return rows


def bundle_7a(version):
    studs = students(STUDENTS_7A, "7a")
    teach = teachers(TEACHERS_7A)
    guardian = {"sourcedId": guid("user:guardian:1"), "enabledUser": "false", "username": "s.serikov@mail.example",
                "givenName": "Серік", "familyName": "Серіков", "email": "s.serikov@mail.example"}
    classes = [CLASS_MATH, CLASS_PHYS, CLASS_HOME]
    headers = HEADERS_11 if version == "1.1" else HEADERS_12
    users = studs + teach + [guardian]
    if version == "1.1":
        for user in studs + teach:
            user["orgSourcedIds"] = SCHOOL["sourcedId"]
            user["role"] = "student" if user in studs else "teacher"
        guardian.update(orgSourcedIds=SCHOOL["sourcedId"], role="guardian", agentSourcedIds=studs[0]["sourcedId"])
        studs[0]["agentSourcedIds"] = guardian["sourcedId"]
    else:
        for user in users:
            user["primaryOrgSourcedId"] = SCHOOL["sourcedId"]
    files = {
        "orgs.csv": csv_text(headers["orgs"], [DISTRICT, SCHOOL]),
        "academicSessions.csv": csv_text(headers["academicSessions"], [YEAR, Q1, Q2]),
        "courses.csv": csv_text(headers["courses"], COURSES),
        "classes.csv": csv_text(headers["classes"], classes),
        "users.csv": csv_text(headers["users"], users),
        "enrollments.csv": csv_text(
            headers["enrollments"],
            enrollments_for(studs, [(CLASS_MATH, teach[0]), (CLASS_PHYS, teach[1]), (CLASS_HOME, teach[0])], classes,
                            SCHOOL["sourcedId"])),
        "categories.csv": csv_text(headers["categories"], CATEGORIES),
        "lineItems.csv": csv_text(headers["lineItems"], line_items(version)),
        "results.csv": csv_text(headers["results"], results_for(studs, version)),
    }
    if version == "1.2":
        roles = []
        for user in studs + teach:
            roles.append({"sourcedId": guid("role:" + user["sourcedId"]), "userSourcedId": user["sourcedId"],
                          "roleType": "primary", "role": "student" if user in studs else "teacher",
                          "orgSourcedId": SCHOOL["sourcedId"]})
        # A teacher who is also a district methodologist: a secondary role that does not replace the primary.
        roles.append({"sourcedId": guid("role:secondary:" + teach[1]["sourcedId"]),
                      "userSourcedId": teach[1]["sourcedId"], "roleType": "secondary",
                      "role": "districtAdministrator", "orgSourcedId": DISTRICT["sourcedId"]})
        roles.append({"sourcedId": guid("role:" + guardian["sourcedId"]), "userSourcedId": guardian["sourcedId"],
                      "roleType": "primary", "role": "guardian", "orgSourcedId": SCHOOL["sourcedId"]})
        files["roles.csv"] = csv_text(headers["roles"], roles)
    present = [name[:-4] for name in files]
    names = FILES_11 if version == "1.1" else FILES_12
    return {"manifest.csv": manifest(version, present, names), **files}


# --- 8Ә, a Kazakh-language class, for the .zip -----------------------------------------------------

STUDENTS_8A = [
    ("Ерлан", "Әбілқайыр", "Болатұлы", "erlan.abilkaiyr", "1105203001"),
    ("Айгүл", "Нұрбекова", "Серікқызы", "aigul.nurbekova", "1107114002"),
    ("Нұрсұлтан", "Төлеуов", "Ержанұлы", "nursultan.toleuov", "1103023003"),
    ("Дана", "Сейітова", "Маратқызы", "dana.seitova", "1110304004"),
]


def bundle_8a():
    studs = students(STUDENTS_8A, "8a")
    teacher = teachers([("Сәуле", "Жұмабаева", "Қайратқызы", "saule.zhumabayeva")])[0]
    for user in studs + [teacher]:
        user["primaryOrgSourcedId"] = SCHOOL["sourcedId"]
    course = {"sourcedId": guid("course:kazakh-8"), "title": "Қазақ тілі 8", "grades": "08",
              "orgSourcedId": SCHOOL["sourcedId"], "subjects": "Қазақ тілі"}
    klass = {"sourcedId": guid("class:8A-kazakh"), "title": "8Ә Қазақ тілі", "grades": "08",
             "courseSourcedId": course["sourcedId"], "classCode": "8Ә-ҚАЗ", "classType": "scheduled",
             "schoolSourcedId": SCHOOL["sourcedId"], "termSourcedIds": Q1["sourcedId"], "subjects": "Қазақ тілі"}
    categories = [{"sourcedId": guid("category:bzhb"), "title": "БЖБ"},
                  {"sourcedId": guid("category:tzhb"), "title": "ТЖБ"}]
    items = [("k-bzhb1", "БЖБ 1 «Отбасы және дәстүр»", 0, "2025-09-30", "20"),
             ("k-bzhb2", "БЖБ 2 «Табиғат әлемі»", 0, "2025-10-14", "20"),
             ("k-tzhb", "1-тоқсан бойынша ТЖБ", 1, "2025-10-22", "25")]
    line_rows = [{"sourcedId": guid("li:" + key), "title": title, "assignDate": due, "dueDate": due,
                  "classSourcedId": klass["sourcedId"], "categorySourcedId": categories[c]["sourcedId"],
                  "academicSessionSourcedId": Q1["sourcedId"], "resultValueMin": "0", "resultValueMax": maximum,
                  "schoolSourcedId": SCHOOL["sourcedId"]} for key, title, c, due, maximum in items]
    scores = [("17", "19", "23"), ("20", "18.5", "24"), ("14", "", "19"), ("16", "15", "exempt")]
    results = []
    for s, student in enumerate(studs):
        for i, (key, title, c, due, maximum) in enumerate(items):
            value = scores[s][i]
            if not value:
                continue
            row = {"sourcedId": guid(f"result:{student['sourcedId']}:{key}"), "lineItemSourcedId": guid("li:" + key),
                   "studentSourcedId": student["sourcedId"], "scoreDate": due, "classSourcedId": klass["sourcedId"]}
            if value == "exempt":
                row.update(scoreStatus="exempt", textScore="босатылған")
            else:
                row.update(scoreStatus="fully graded", score=value)
            results.append(row)
    roles = [{"sourcedId": guid("role:" + u["sourcedId"]), "userSourcedId": u["sourcedId"], "roleType": "primary",
              "role": "teacher" if u is teacher else "student", "orgSourcedId": SCHOOL["sourcedId"]}
             for u in studs + [teacher]]
    files = {
        "orgs.csv": csv_text(HEADERS_12["orgs"], [SCHOOL | {"parentSourcedId": ""}]),
        "academicSessions.csv": csv_text(HEADERS_12["academicSessions"], [YEAR, Q1]),
        "courses.csv": csv_text(HEADERS_12["courses"], [course]),
        "classes.csv": csv_text(HEADERS_12["classes"], [klass]),
        "users.csv": csv_text(HEADERS_12["users"], studs + [teacher]),
        "roles.csv": csv_text(HEADERS_12["roles"], roles),
        "enrollments.csv": csv_text(HEADERS_12["enrollments"],
                                    enrollments_for(studs, [(klass, teacher)], [klass], SCHOOL["sourcedId"])),
        "categories.csv": csv_text(HEADERS_12["categories"], categories),
        "lineItems.csv": csv_text(HEADERS_12["lineItems"], line_rows),
        "results.csv": csv_text(HEADERS_12["results"], results),
    }
    return {"manifest.csv": manifest("1.2", [n[:-4] for n in files], FILES_12), **files}


# --- Bad inputs --------------------------------------------------------------------------------------

def replace_rows(text, old, new):
    assert old in text, old
    return text.replace(old, new)


def bad_inputs(good):
    bad = os.path.join(HERE, "bad")
    shutil.rmtree(bad, ignore_errors=True)
    os.makedirs(bad)

    # Broken references: a result for an unknown student and for an unknown line item, an enrollment
    # in an unknown class, a line item of an unknown class.
    files = dict(good)
    results = files["results.csv"].splitlines(keepends=True)
    first = results[1]
    results.append(first.replace(guid("li:m-sor1"), guid("li:no-such-item")).replace(
        guid(f"result:{guid('user:7a:aruzhan.serikkyzy')}:m-sor1"), guid("result:dangling-1")))
    results.append(first.replace(guid("user:7a:aruzhan.serikkyzy"), guid("user:nobody")).replace(
        guid(f"result:{guid('user:7a:aruzhan.serikkyzy')}:m-sor1"), guid("result:dangling-2")))
    files["results.csv"] = "".join(results)
    enrollments = files["enrollments.csv"].splitlines(keepends=True)
    enrollments.append(enrollments[1].replace(CLASS_MATH["sourcedId"], guid("class:no-such-class")).replace(
        enrollments[1].split(",")[0], guid("enr:dangling")))
    files["enrollments.csv"] = "".join(enrollments)
    items = files["lineItems.csv"].splitlines(keepends=True)
    items.append(items[1].replace(guid("li:m-sor1"), guid("li:orphan")).replace(
        CLASS_MATH["sourcedId"], guid("class:no-such-class")))
    files["lineItems.csv"] = "".join(items)
    write_folder(os.path.join(bad, "broken-references"), files)

    # Bad values: a date in DD.MM.YYYY, a school year written 2025-2026, a class type and a score status
    # outside their enumerations, a score with a decimal comma, a repeated sourcedId, a bad status.
    files = dict(good)
    files["academicSessions.csv"] = replace_rows(files["academicSessions.csv"], "2025-11-03", "03.11.2025")
    files["academicSessions.csv"] = replace_rows(files["academicSessions.csv"], f"2025-10-24,{YEAR['sourcedId']},2026",
                                                 f"2025-10-24,{YEAR['sourcedId']},2025-2026")
    files["classes.csv"] = replace_rows(files["classes.csv"], ",scheduled,,", ",lecture,,")
    lines = files["results.csv"].splitlines(keepends=True)
    lines[2] = lines[2].replace("fully graded", "graded")
    decimal = next(i for i, line in enumerate(lines) if ",15.5," in line)
    lines[decimal] = lines[decimal].replace(",15.5,", ",\"15,5\",")
    lines[5] = lines[5].replace(",,,", ",active?,,", 1)
    files["results.csv"] = "".join(lines)
    users = files["users.csv"].splitlines(keepends=True)
    users.append(users[1])
    files["users.csv"] = "".join(users)
    files["lineItems.csv"] = replace_rows(files["lineItems.csv"], "2025-09-16,2025-09-16", "2025-09-16,16/09/2025")
    write_folder(os.path.join(bad, "bad-values"), files)

    # Missing columns: users.csv without givenName (required: the file is read, with an error);
    # results.csv without studentSourcedId (essential: the file is not read, its rows are counted).
    files = dict(good)

    def drop_column(text, name):
        rows = list(csv.reader(io.StringIO(text)))
        index = rows[0].index(name)
        return csv_text([c for c in rows[0] if c != name],
                        [{c: v for c, v in zip(rows[0], row) if c != name} for row in rows[1:]])
    files["users.csv"] = drop_column(files["users.csv"], "givenName")
    files["results.csv"] = drop_column(files["results.csv"], "studentSourcedId")
    write_folder(os.path.join(bad, "missing-columns"), files)

    # A delta export: a student and a line item marked tobedeleted, with results that point at them.
    files = dict(good)
    student = guid("user:7a:timur.ospanov")
    files["users.csv"] = replace_rows(files["users.csv"], f"{student},,", f"{student},tobedeleted,2026-01-10T08:00:00Z")
    files["lineItems.csv"] = replace_rows(files["lineItems.csv"], f"{guid('li:m-fo1')},,",
                                          f"{guid('li:m-fo1')},tobedeleted,2026-01-10T08:00:00Z")
    files["manifest.csv"] = files["manifest.csv"].replace("file.users,bulk", "file.users,delta").replace(
        "file.lineItems,bulk", "file.lineItems,delta")
    write_folder(os.path.join(bad, "tobedeleted"), files)

    # No manifest.csv: read with a warning, the version told from the headers (roles.csv → 1.2).
    files = dict(good)
    del files["manifest.csv"]
    write_folder(os.path.join(bad, "no-manifest"), files)

    # A download cut in half.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in good.items():
            archive.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 15, 9, 0, 0)), text.encode("utf-8"))
    data = buffer.getvalue()
    with open(os.path.join(bad, "truncated.zip"), "wb") as f:
        f.write(data[: len(data) // 2])

    # School Data Sync v2.1 files (OneRoster-like names): the OneRoster adapter sniffs them low at most.
    write_folder(os.path.join(bad, "sds-v2.1"), {
        "orgs.csv": "sourcedId,name,type,parentSourcedId\r\n110003,Школа №12,school,\r\n",
        "users.csv": "sourcedId,username,givenName,familyName,password,activeDirectoryMatchId,email,phone,sms\r\n"
                     "114001,a.serikkyzy@school12.example.kz,Аружан,Серікқызы,,,,,\r\n",
        "roles.csv": "userSourcedId,orgSourcedId,role,sessionSourcedId,grade,isPrimary,roleStartDate,roleEndDate\r\n"
                     "114001,110003,student,,7,TRUE,,\r\n",
    })


def main():
    v11 = bundle_7a("1.1")
    v12 = bundle_7a("1.2")
    write_folder(os.path.join(HERE, "v1.1"), v11)
    write_folder(os.path.join(HERE, "v1.2"), v12)
    write_zip(os.path.join(HERE, "8A-kazakh-v1.2.zip"), bundle_8a())
    bad_inputs(v12)


if __name__ == "__main__":
    main()
