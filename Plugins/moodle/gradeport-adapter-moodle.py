#!/usr/bin/env python3
"""GradePort external adapter for Moodle gradebook exports (gradeport-adapter/1).

Reads the two exports of Moodle's gradebook (Grades > Export), described in docs/formats/moodle.md:

* the "Plain text file" export (grade/export/txt): a table with the user fields (First name,
  Last name or Surname, ID number, Institution, Department, Email address), one column per grade
  item and display type ("Assignment: Essay (Real)", "Quiz: Test 1 (Percentage)"), optional
  feedback columns, "Course total (Real)" and "Last downloaded from this course"; comma, tab,
  semicolon or colon separated; also as Excel re-saves it (CP1251, decimal commas);
* the "XML file" export (grade/export/xml): <results><result><state/><assignment/><student/>
  <score/><feedback/></result></results>.
"""

import codecs
import csv
import io
import os
import re
import sys

# The SDK from this repository when it is not installed (the adapter may be a link to this file).
_HERE = os.path.dirname(os.path.realpath(__file__))
sys.path.insert(0, os.path.join(_HERE, "..", "python"))

from gradeport_adapter import Adapter, Detection, Export, Fatal  # noqa: E402

VERSION = "1.0.0"

adapter = Adapter("moodle", "Moodle", VERSION, [
    Export("grades-text", "Gradebook export \"Plain text file\" (Grades > Export > Plain text file), also as "
                          "Excel re-saved it", [".csv", ".txt"]),
    Export("grades-xml", "Gradebook export \"XML file\" (Grades > Export > XML file)", [".xml"]),
])

# User fields of the text export, as Moodle's English strings name them, and the Russian ones.
FIELDS = {
    "first name": "given", "имя": "given",
    "last name": "family", "surname": "family", "фамилия": "family",
    "id number": "idnumber", "индивидуальный номер": "idnumber",
    "email address": "email", "email": "email", "адрес электронной почты": "email",
    "institution": "ignored", "учреждение": "ignored", "department": "department", "отдел": "department",
    "last downloaded from this course": "ignored", "последняя загрузка из этого курса": "ignored",
}
DISPLAY = {"real": "real", "значение": "real", "percentage": "percentage", "процент": "percentage",
           "letter": "letter", "буква": "letter", "feedback": "feedback", "отзыв": "feedback"}
TOTAL = re.compile(r"^(course total|итоговая оценка за курс)$|\btotal$|итого", re.IGNORECASE)
HEADER_COLUMN = re.compile(r"^(?P<name>.+?)\s*\((?P<display>[^()]+)\)\s*$")
NUMBER = re.compile(r"^-?\d+(?:[.,]\d+)?$")
# A class name such as 7А, 10 Б, 11B: schools often keep the class in Moodle's Department field.
CLASS_NAME = re.compile(r"^(\d{1,2})\s*[-\s]?\s*([А-ЯЁӘҒҚҢӨҰҮҺІA-Z])$", re.IGNORECASE)


# -- sniffing --------------------------------------------------------------------------------------

@adapter.sniffer
def sniff(path, head):
    lower = path.lower()
    if lower.endswith(".xml"):
        if b"<results" in head and b"<result>" in head and b"<assignment>" in head and b"<student>" in head:
            return Detection(85, "grades-xml", "XML with <results>, <assignment> and <student>")
        return None
    text = decode(head, complete=False)
    if text is None:
        return None
    first = text.split("\n", 1)[0]
    header = split_header(first)
    if header is None:
        return None
    names = [cell.strip().lower() for cell in header]
    roles = {FIELDS.get(name) for name in names}
    items = [name for name in names if HEADER_COLUMN.match(name) and
             DISPLAY.get(HEADER_COLUMN.match(name).group("display").strip().lower())]
    if "given" in roles and "family" in roles and items:
        return Detection(90, "grades-text", "Moodle gradebook header (First name, Last name, %d grade column(s))"
                         % len(items))
    return None


def split_header(line):
    """The header's cells with the separator that gives Moodle's user fields; None if none does."""
    best = None
    for delimiter in (",", "\t", ";", ":"):
        cells = next(csv.reader([line], delimiter=delimiter))
        known = sum(1 for cell in cells if cell.strip().lower() in FIELDS)
        if known >= 2 and (best is None or known > best[0]):
            best = (known, cells, delimiter)
    return best[1] if best else None


def header_delimiter(line):
    for delimiter in (",", "\t", ";", ":"):
        cells = next(csv.reader([line], delimiter=delimiter))
        if sum(1 for cell in cells if cell.strip().lower() in FIELDS) >= 2:
            return delimiter
    return None


def decode(data, complete=True):
    """Text of the bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1251 (Excel)."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    elif data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    if b"\x00" in data[:4096]:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        if not complete and error.start >= len(data) - 3:  # a character cut by the 64 KiB head
            return data[:error.start].decode("utf-8")
    return data.decode("cp1251", errors="replace")


# -- reading ---------------------------------------------------------------------------------------

@adapter.reader
def read(path, export, out):
    if os.path.isdir(path):
        raise Fatal("a folder; name the exported .csv, .txt or .xml file", code="unreadable-input")
    with open(path, "rb") as handle:
        data = handle.read()
    if not data.strip():
        raise Fatal("the file is empty", code="empty-input")
    if export == "grades-xml":
        read_xml(data, out)
    else:
        read_text(data, out)


def read_text(data, out):
    text = decode(data)
    if text is None:
        raise Fatal("not a text export (binary data)", code="binary-input")
    lines = text.splitlines()
    delimiter = header_delimiter(lines[0]) if lines else None
    if delimiter is None:
        raise Fatal("no Moodle gradebook header: the first line must hold First name and Last name (or Surname) "
                    "and the grade columns", line=1, column=1, code="missing-header")
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(rows)
    fields, items = {}, {}
    for column, cell in enumerate(header, start=1):
        name = cell.strip()
        role = FIELDS.get(name.lower())
        if role:
            if role != "ignored":
                fields.setdefault(role, column)
            continue
        match = HEADER_COLUMN.match(name)
        display = DISPLAY.get(match.group("display").strip().lower()) if match else None
        if not display:
            out.diagnostic("info", "unread-column", "column %r is not a Moodle user field or grade column; not read"
                           % name, at=out.at(1, column))
            continue
        title = match.group("name").strip()
        if TOTAL.search(title):
            if display != "feedback":
                out.diagnostic("info", "computed-total", "%r is a total Moodle computes from the items; not read"
                               % name, at=out.at(1, column))
            continue
        item = items.setdefault(title, {})
        if display in item:
            out.diagnostic("warning", "duplicate-column", "a second %r column; the first is read" % name,
                           at=out.at(1, column))
            continue
        item[display] = column
        if display == "letter" and "real" not in item and "percentage" not in item:
            out.diagnostic("warning", "letter-grades", "%r holds letter grades, which have no score; export with "
                           "the Real or Percentage display type to read them" % name, at=out.at(1, column))
    if "family" not in fields and "given" not in fields:
        raise Fatal("no First name or Last name column", line=1, column=1, code="missing-column")
    if not any(display != "feedback" for item in items.values() for display in item):
        raise Fatal("no Moodle gradebook header: the first line must hold First name and Last name (or Surname) "
                    "and the grade columns", line=1, column=1, code="missing-header")
    defined = []
    for title, item in items.items():
        if "real" not in item and "percentage" not in item:
            continue
        column = item.get("real", item.get("percentage"))
        module, _, name = title.partition(": ")
        identifier = "item:%s" % title
        out.assessment(identifier, name if name else title, category=module if name else None,
                       max_score="100" if "real" not in item else None, at=out.at(1, column))
        defined.append((identifier, item))
    seen = {}
    classes = set()
    line_number = 1
    for row in rows:
        line_number = rows.line_num
        if not any(cell.strip() for cell in row):
            continue
        out.row()
        if len(row) != len(header):
            out.diagnostic("error", "ragged-row", "the row has %d fields, the header %d; not read"
                           % (len(row), len(header)), at=out.at(line_number))
            continue

        def cell(role):
            column = fields.get(role)
            return row[column - 1].strip() if column else ""

        family, given, email, idnumber = cell("family"), cell("given"), cell("email"), cell("idnumber")
        if not (family or given):
            out.diagnostic("error", "skipped-row", "a row without a name; not read", at=out.at(line_number))
            continue
        person = "id:" + idnumber if idnumber else ("email:" + email.lower() if email else "row:%d" % line_number)
        if person in seen:
            out.diagnostic("error", "duplicate-student", "%s %s appears again (first at line %d); this row is "
                           "not read" % (family, given, seen[person]), at=out.at(line_number))
            continue
        seen[person] = line_number
        iin = idnumber if valid_iin(idnumber) else None
        department = cell("department")
        class_match = CLASS_NAME.match(department)
        class_id = None
        if class_match:
            class_id = "class:%s%s" % (class_match.group(1), class_match.group(2).upper())
            if class_id not in classes:
                classes.add(class_id)
                out.school_class(class_id, "%s%s" % (class_match.group(1), class_match.group(2).upper()),
                                 grade=int(class_match.group(1)), at=out.at(line_number, fields["department"]))
        out.person(person, family_name=family or None, given_name=given or None, email=email or None, iin=iin,
                   external_ids=[("moodle", idnumber)] if idnumber else (), at=out.at(line_number))
        if class_id:
            out.enrollment(person, class_id)
        for identifier, item in defined:
            write_result(out, person, identifier, item, row, line_number)
    if line_number == 1 and not seen:
        out.diagnostic("warning", "no-rows", "the export has a header but no students")


def write_result(out, person, identifier, item, row, line_number):
    real = item.get("real")
    percentage = item.get("percentage")
    column = real or percentage
    raw = row[column - 1].strip()
    feedback = row[item["feedback"] - 1].strip() if "feedback" in item else ""
    if raw in ("", "-"):
        return  # Moodle writes "-" for no grade: no result, never a zero
    value = raw.replace("\u00a0", " ").rstrip("%").strip()
    if not NUMBER.match(value):
        out.diagnostic("error", "invalid-score", "%r is not a grade; not read" % raw, at=out.at(line_number, column))
        return
    max_score = None
    if real and percentage:
        percent = row[percentage - 1].replace("\u00a0", " ").rstrip("%").strip().replace(",", ".")
        max_score = derived_maximum(value.replace(",", "."), percent)
    out.result(person, identifier, score=value, max_score=max_score, raw=raw, comment=feedback or None,
               at=out.at(line_number, column))


def derived_maximum(score, percent):
    """The item's maximum from a Real and a Percentage grade of the same row (score / percent × 100),
    when it comes out as a whole number; else None."""
    from decimal import Decimal, InvalidOperation
    try:
        score, percent = Decimal(score), Decimal(percent)
    except InvalidOperation:
        return None
    if percent <= 0 or score <= 0:
        return None
    maximum = score * 100 / percent
    rounded = maximum.to_integral_value()
    return Decimal(int(rounded)) if abs(maximum - rounded) < Decimal("0.05") else None


def iin_check_digit(first11):
    """The check digit of an IIN's first 11 digits (Kazakhstan's two-pass weighted sum); None when
    no digit fits (such numbers are never issued)."""
    digits = [int(ch) for ch in first11]
    check = sum(d * w for d, w in zip(digits, range(1, 12))) % 11
    if check == 10:
        check = sum(d * w for d, w in zip(digits, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])) % 11
    return None if check == 10 else check


def valid_iin(text):
    """Whether the text is a Kazakhstan IIN (12 digits, check digit right)."""
    if not re.fullmatch(r"\d{12}", text or ""):
        return False
    return iin_check_digit(text[:11]) == int(text[11])


def read_xml(data, out):
    from xml.parsers import expat
    head = data[:4096]
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise Fatal("the XML declares a DOCTYPE or entities; refused unread (Moodle's export has none)",
                    code="xml-entity-declaration")
    parser = expat.ParserCreate("UTF-8" if b"encoding" not in head.lower() else None)
    state = {"path": [], "text": "", "result": None, "root": None, "people": set(), "items": set()}

    def start(name, attributes):
        state["path"].append(name)
        state["text"] = ""
        if state["root"] is None:
            state["root"] = name
            if name != "results":
                raise Fatal("the root element is <%s>, not <results>: not Moodle's XML export" % name,
                            line=parser.CurrentLineNumber, column=parser.CurrentColumnNumber + 1,
                            code="missing-header")
        if name == "result" and len(state["path"]) == 2:
            state["result"] = {"line": parser.CurrentLineNumber, "column": parser.CurrentColumnNumber + 1}

    def end(name):
        text = state["text"].strip()
        state["path"].pop()
        result = state["result"]
        if result is not None and len(state["path"]) == 2:
            result[name] = text
        if name == "result" and result is not None and len(state["path"]) == 1:
            state["result"] = None
            write_xml_result(result, out, state)
        state["text"] = ""

    def characters(data):
        state["text"] += data

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = characters
    try:
        parser.Parse(data, True)
    except expat.ExpatError as error:
        raise Fatal("the XML is damaged: %s" % expat.ErrorString(error.code), line=error.lineno,
                    column=error.offset + 1, code="malformed-input")


def write_xml_result(result, out, state):
    at = out.at(result["line"], result["column"])
    out.row()
    student, item, score = result.get("student", ""), result.get("assignment", ""), result.get("score", "")
    if not student or not item:
        out.diagnostic("error", "incomplete-record", "a <result> without <student> or <assignment>; not read",
                       at=at)
        return
    person = "id:" + student
    if person not in state["people"]:
        state["people"].add(person)
        out.person(person, iin=student if valid_iin(student) else None, external_ids=[("moodle", student)], at=at)
    identifier = "item:" + item
    if identifier not in state["items"]:
        state["items"].add(identifier)
        out.assessment(identifier, item, at=at)
    if score in ("", "-"):
        return
    if not NUMBER.match(score):
        out.diagnostic("error", "invalid-score", "%r is not a grade; not read" % score, at=at)
        return
    out.result(person, identifier, score=score, raw=score, comment=result.get("feedback") or None, at=at)


if __name__ == "__main__":
    adapter.main()
