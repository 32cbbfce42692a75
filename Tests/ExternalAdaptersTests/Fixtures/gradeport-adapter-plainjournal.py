#!/usr/bin/env python3
"""A gradeport-adapter/1 adapter written from PLUGINS.md alone, without an SDK.

It reads a small semicolon-separated journal:

    plainjournal;v1
    class;7А
    subject;Алгебра
    term;2025-2026/Q2
    Фамилия;Имя;Email;СОР 1 /10;СОЧ /20
    Серікқызы;Аружан;aruzhan@school.kz;8;17,5
"""
import json
import sys
from decimal import Decimal, InvalidOperation


def emit(obj):
    sys.stdout.write(json.dumps(obj, ensure_ascii=True) + "\n")


def hello():
    emit({"type": "hello", "protocol": 1, "adapter": "plainjournal", "version": "1.0"})


def describe():
    hello()
    emit({"type": "descriptor", "id": "plainjournal", "name": "Plain journal (test adapter)",
          "exports": [{"kind": "journal-csv", "description": "plainjournal;v1 tables", "extensions": [".csv"]}]})
    emit({"type": "summary", "rows": 0})


def sniff(files):
    hello()
    for name in files:
        try:
            with open(name, "rb") as handle:
                head = handle.read(65536)
        except OSError:
            continue
        if head.startswith(b"plainjournal;"):
            emit({"type": "detection", "file": name, "confidence": 95, "export": "journal-csv",
                  "reason": "first line plainjournal;v1"})
    emit({"type": "summary", "rows": 0})


def read(name):
    hello()
    try:
        with open(name, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except (OSError, UnicodeDecodeError) as error:
        emit({"type": "fatal", "message": "cannot read the file: %s" % error.__class__.__name__})
        emit({"type": "summary", "rows": 0})
        return 3
    if not lines or not lines[0].startswith("plainjournal;"):
        emit({"type": "fatal", "message": "not a plainjournal file (no plainjournal;v1 first line)",
              "at": {"line": 1, "column": 1}})
        emit({"type": "summary", "rows": 0})
        return 3
    meta = {}
    header = None
    rows = 0
    assessments = []
    for number, line in enumerate(lines, start=1):
        cells = line.split(";")
        if number == 1:
            continue
        if header is None and cells[0] in ("class", "subject", "term"):
            meta[cells[0]] = cells[1]
            if cells[0] == "class":
                emit({"type": "class", "id": "c", "name": cells[1], "at": {"line": number}})
            elif cells[0] == "subject":
                emit({"type": "subject", "id": "s", "name": cells[1], "at": {"line": number}})
            else:
                year, _, quarter = cells[1].partition("/Q")
                emit({"type": "term", "id": cells[1], "schoolYear": year, "kind": "quarter",
                      "number": int(quarter) if quarter.isdigit() else None, "at": {"line": number}})
            continue
        if header is None:
            header = cells
            for column, title in enumerate(cells[3:], start=4):
                text, _, maximum = title.partition("/")
                assessment = {"type": "assessment", "id": "a%d" % column, "title": text.strip(),
                              "maxScore": maximum.strip(), "at": {"line": number, "column": column}}
                if "class" in meta:
                    assessment["class"] = "c"
                if "subject" in meta:
                    assessment["subject"] = "s"
                if "term" in meta:
                    assessment["term"] = meta["term"]
                emit(assessment)
                assessments.append("a%d" % column)
            continue
        if not line.strip():
            continue
        rows += 1
        person = "p%d" % number
        emit({"type": "person", "id": person, "familyName": cells[0], "givenName": cells[1],
              "email": cells[2] or None, "at": {"line": number}})
        if "class" in meta:
            emit({"type": "enrollment", "person": person, "class": "c"})
        for column, cell in enumerate(cells[3:], start=4):
            cell = cell.strip()
            if not cell:
                continue
            if cell.lower() == "н":
                emit({"type": "result", "person": person, "assessment": "a%d" % column, "status": "absent",
                      "raw": cell, "at": {"line": number, "column": column}})
                continue
            try:
                score = Decimal(cell.replace(",", "."))
            except InvalidOperation:
                emit({"type": "diagnostic", "severity": "error", "code": "invalid-score",
                      "message": "not a score: %r" % cell, "at": {"line": number, "column": column}})
                continue
            emit({"type": "result", "person": person, "assessment": "a%d" % column, "status": "graded",
                  "score": str(score), "raw": cell, "at": {"line": number, "column": column}})
    emit({"type": "summary", "rows": rows})
    return 0


def main(argv):
    if len(argv) < 2:
        sys.stderr.write("usage: describe | sniff FILE... | read FILE [--export KIND]\n")
        return 2
    if argv[1] == "describe":
        describe()
        return 0
    if argv[1] == "sniff":
        sniff(argv[2:])
        return 0
    if argv[1] == "read" and len(argv) >= 3:
        return read(argv[2])
    sys.stderr.write("unknown command\n")
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
