"""The Moodle adapter on its samples (golden protocol output) and on bad input."""
import importlib.util
import json
import os

import pytest

from gradeport_adapter.testing import read_records, run_adapter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
ADAPTER = os.path.join(HERE, "..", "gradeport-adapter-moodle.py")
SAMPLES = os.path.join(ROOT, "Samples", "Moodle")
SAMPLE_NAMES = ["7A-physics-grades.csv", "8B-algebra-grades-excel.csv", "7A-physics-grades.xml"]


def load_module():
    spec = importlib.util.spec_from_file_location("moodle_adapter", ADAPTER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return str(path)


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_sample_matches_golden(name):
    """The protocol lines of each sample; UPDATE_GOLDEN=1 rewrites the golden files."""
    run = read_records(ADAPTER, os.path.join(SAMPLES, name))
    assert run.exit_status == 0, run.stderr
    assert run.bad_lines == []
    text = "".join(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n" for line in run.lines)
    golden = os.path.join(HERE, "golden", name + ".jsonl")
    if os.environ.get("UPDATE_GOLDEN"):
        with open(golden, "w", encoding="utf-8") as handle:
            handle.write(text)
    with open(golden, encoding="utf-8") as handle:
        assert text == handle.read()


def test_text_export_values():
    run = read_records(ADAPTER, os.path.join(SAMPLES, "7A-physics-grades.csv"))
    people = run.records("person")
    assert [(p["familyName"], p["givenName"]) for p in people][:2] == [("Серікқызы", "Аружан"), ("Нұрланұлы", "Ерасыл")]
    assert people[0]["iin"] == "100305600127"
    assert "iin" not in people[2]
    assert run.records("class") == [
        {"type": "class", "id": "class:7А", "name": "7А", "grade": 7, "at": {"line": 2, "column": 5}}]
    sor = [r for r in run.records("result") if r["assessment"].startswith("item:Assignment: СОР 1")]
    # Real grade, maximum derived from the Percentage column (18.5 / 92.5 % = 20).
    assert (sor[0]["score"], sor[0]["maxScore"], sor[0]["raw"]) == ("18.5", "20", "18.50")
    # "-" is no grade: no result, never a zero.
    assert [r["person"] for r in run.records("result") if r["assessment"] == "item:Quiz: Forces"].count(
        "email:maria.ivanova@school.example") == 0
    feedback = [r for r in run.records("result") if r.get("comment")]
    assert [(r["person"], r["comment"]) for r in feedback] == [
        ("id:100305600127", "Жақсы жұмыс"), ("email:maria.ivanova@school.example", "Хорошо")]
    assert run.lines[-1] == {"type": "summary", "rows": 8}


def test_excel_resave_cp1251_semicolons_decimal_commas():
    run = read_records(ADAPTER, os.path.join(SAMPLES, "8B-algebra-grades-excel.csv"))
    assert [p["familyName"] for p in run.records("person")] == ["Смирнова", "Ахметов", "Ли", "Оспанов"]
    assert [(r["score"], r["raw"]) for r in run.records("result")][:2] == [("17.5", "17,5"), ("8", "8")]
    assert run.records("diagnostic") == [
        {"type": "diagnostic", "severity": "error", "code": "invalid-score",
         "message": "'двадцать' is not a grade; not read", "at": {"line": 5, "column": 4}}]


def test_xml_export():
    run = read_records(ADAPTER, os.path.join(SAMPLES, "7A-physics-grades.xml"))
    assert [a["title"] for a in run.records("assessment")] == ["SOR1", "FORCES", "BZHB2", "SOCH1"]
    first = run.records("result")[0]
    assert (first["person"], first["assessment"], first["score"], first["at"]) == (
        "id:100305600127", "item:SOR1", "18.5", {"line": 3, "column": 3})
    assert run.lines[-1]["rows"] == 25


@pytest.mark.parametrize("name, data, message, code", [
    ("empty.csv", b"", "the file is empty", "empty-input"),
    ("other.csv", "Last Name,First Name,Email Address\nКим,Алексей,a@b\n",
     "no Moodle gradebook header: the first line must hold First name and Last name (or Surname) and the grade "
     "columns", "missing-header"),
    ("bomb.xml", '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><results>&a;</results>',
     "the XML declares a DOCTYPE or entities; refused unread (Moodle's export has none)", "xml-entity-declaration"),
    ("cut.xml", "<results>\n  <result>\n    <student>1</st", None, "malformed-input"),
    ("root.xml", "<grades><result/></grades>", "the root element is <grades>, not <results>: not Moodle's XML export",
     "missing-header"),
])
def test_unreadable_inputs_are_fatal(tmp_path, name, data, message, code):
    path = write(tmp_path, name, data)
    export = "grades-xml" if name.endswith(".xml") else "grades-text"
    run = read_records(ADAPTER, path, export)
    assert run.exit_status == 3
    fatal = run.records("fatal")[0]
    assert fatal["code"] == code
    if message:
        assert fatal["message"] == message
    assert run.lines[-1]["type"] == "summary"


def test_row_problems_are_diagnostics(tmp_path):
    text = ("First name,Last name,Email address,Quiz: Q1 (Real),Quiz: Q1 (Letter),Course total (Real)\n"
            "Аружан,Серікқызы,a@s.kz,8.00,B,8.00\n"
            "Аружан,Серікқызы,a@s.kz,9.00,A,9.00\n"
            "Ерлан,Абай,e@s.kz,7.00\n"
            ",,x@s.kz,5.00,C,5.00\n")
    run = read_records(ADAPTER, write(tmp_path, "g.csv", text))
    assert run.exit_status == 0
    assert [(d["code"], d["at"].get("line")) for d in run.records("diagnostic")] == [
        ("computed-total", 1), ("duplicate-student", 3), ("ragged-row", 4), ("skipped-row", 5)]
    assert [r["score"] for r in run.records("result")] == ["8"]
    assert run.lines[-1]["rows"] == 4


def test_russian_interface_header(tmp_path):
    text = "Имя;Фамилия;Адрес электронной почты;Задание: СОР 1 (Значение)\nАйгерім;Әбдірахманова;a@s.kz;12,50\n"
    run = read_records(ADAPTER, write(tmp_path, "ru.csv", text))
    assert [(r["score"], r["raw"]) for r in run.records("result")] == [("12.5", "12,50")]
    assert run_adapter(ADAPTER, "sniff", str(tmp_path / "ru.csv")).records("detection")[0]["confidence"] == 90


def test_helpers():
    module = load_module()
    assert module.valid_iin("100305600127")
    assert not module.valid_iin("100305600128")
    assert not module.valid_iin("12345")
    assert str(module.derived_maximum("18.5", "92.50")) == "20"
    assert module.derived_maximum("7", "33.33") is None or str(module.derived_maximum("7", "33.33")) == "21"
    assert module.derived_maximum("0", "0") is None


def test_other_platforms_files_are_not_sniffed():
    classroom = os.path.join(ROOT, "Samples", "GoogleClassroom", "7A-physics-grades.csv")
    assert run_adapter(ADAPTER, "sniff", classroom).records("detection") == []
