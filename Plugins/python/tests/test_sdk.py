import io
import json
import os
from decimal import Decimal

import pytest

from gradeport_adapter import Adapter, Export, Output, exact_number
from gradeport_adapter.testing import read_records, run_adapter

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLE = os.path.join(HERE, "example_adapter.py")


def write_table(tmp_path, text, name="t.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_describe_lines():
    run = run_adapter(EXAMPLE, "describe")
    assert run.exit_status == 0
    assert run.bad_lines == []
    assert [line["type"] for line in run.lines] == ["hello", "descriptor", "summary"]
    assert run.lines[0] == {"type": "hello", "protocol": 1, "adapter": "example", "version": "2.1"}
    assert run.lines[1]["exports"] == [{"kind": "table", "description": "example;v1 tables", "extensions": [".txt"]}]


def test_sniff_answers_only_for_recognised_files(tmp_path):
    mine = write_table(tmp_path, "example;v1\nName;СОР 1/20\n")
    other = write_table(tmp_path, "something else\n", "o.txt")
    run = run_adapter(EXAMPLE, "sniff", mine, other, os.path.join(str(tmp_path), "missing.txt"))
    assert run.exit_status == 0
    assert run.records("detection") == [
        {"type": "detection", "file": mine, "confidence": 80, "export": "table", "reason": "first line example;v1"}]


def test_read_writes_records_exactly_and_print_goes_to_stderr(tmp_path):
    path = write_table(tmp_path, "example;v1\nName;СОР 1/20\nСерікқызы Аружан;18.50\nИванов Илья;н\nКим Алексей;\n")
    run = read_records(EXAMPLE, path)
    assert run.exit_status == 0
    assert run.bad_lines == []
    assert "this goes to standard error" in run.stderr
    assert run.records("assessment") == [
        {"type": "assessment", "id": "a", "title": "СОР 1", "maxScore": "20", "at": {"line": 2, "column": 2}}]
    assert [(r["person"], r["status"], r.get("score"), r["raw"]) for r in run.records("result")] == [
        ("Серікқызы Аружан", "graded", "18.5", "18.50"), ("Иванов Илья", "absent", None, "н")]
    assert run.records("person")[0]["familyName"] == "Серікқызы"
    assert run.lines[-1] == {"type": "summary", "rows": 3}


def test_output_is_ascii_json_lines(tmp_path):
    path = write_table(tmp_path, "example;v1\nName;ТЖБ/25\nӘбдірахманова Әйгерім;24\n")
    command_output = io.StringIO()
    from example_adapter import adapter  # noqa: E402  (tests/ is on sys.path under pytest)
    status = adapter.run(["read", path], stdout=command_output)
    assert status == 0
    text = command_output.getvalue()
    assert all(ord(ch) < 128 for ch in text)
    assert json.loads(text.splitlines()[2])["familyName"] == "Әбдірахманова"


def test_fatal_gives_exit_3_with_its_place(tmp_path):
    path = write_table(tmp_path, "not mine\n")
    run = read_records(EXAMPLE, path)
    assert run.exit_status == 3
    assert run.records("fatal") == [
        {"type": "fatal", "message": "not an example table", "at": {"line": 1, "column": 1}}]
    assert run.lines[-1] == {"type": "summary", "rows": 0}


def test_an_uncaught_exception_is_fatal_and_keeps_the_rows_before(tmp_path):
    path = write_table(tmp_path, "example;v1\nName;СОР/10\nКим Алексей;9\nboom\n")
    run = read_records(EXAMPLE, path)
    assert run.exit_status == 3
    assert run.fatal == "the adapter failed: RuntimeError: row 4 exploded"
    assert "Traceback" in run.stderr
    assert len(run.records("result")) == 1
    assert run.lines[-1] == {"type": "summary", "rows": 1}


def test_usage_errors_exit_2():
    assert run_adapter(EXAMPLE).exit_status == 2
    assert run_adapter(EXAMPLE, "frobnicate").exit_status == 2
    assert run_adapter(EXAMPLE, "read").exit_status == 2


def test_self_check(tmp_path):
    good = write_table(tmp_path, "example;v1\nName;СОР 1/20\nСерікқызы Аружан;18\n")
    run = run_adapter(EXAMPLE, "--self-check", good)
    assert run.exit_status == 0, run.stderr
    assert "self-check passed" in run.stderr
    bad = write_table(tmp_path, "nope\n", "bad.txt")
    failed = run_adapter(EXAMPLE, "--self-check", bad)
    assert failed.exit_status == 1
    assert "FAIL  read " + bad in failed.stderr


@pytest.mark.parametrize("value, text", [
    (Decimal("18.50"), "18.5"), (18.5, "18.5"), (0.1, "0.1"), ("17,25", "17.25"), (20, "20"), ("1 000", "1000"),
    (Decimal("1E+1"), "10"),
])
def test_exact_numbers(value, text):
    assert exact_number(value) == text


@pytest.mark.parametrize("value", ["abc", "NaN", True])
def test_not_numbers(value):
    with pytest.raises((ValueError, TypeError)):
        exact_number(value)


def test_references_must_be_defined_first():
    lines = []
    out = Output(lines.append)
    out.person("p1", family_name="Ким")
    with pytest.raises(ValueError, match="assessment 'a9' is used before"):
        out.result("p1", "a9", score=5)
    with pytest.raises(ValueError, match="status"):
        out.assessment("a1", "СОР 1")
        out.result("p1", "a1", status="lost")
    assert [line["type"] for line in lines] == ["person", "assessment"]


def test_adapter_without_reader_is_fatal(tmp_path):
    adapter = Adapter("none", "None", "0", [Export("x", "x", [".x"])])
    buffer = io.StringIO()
    assert adapter.run(["read", write_table(tmp_path, "x")], stdout=buffer) == 3
    assert json.loads(buffer.getvalue().splitlines()[1])["message"] == "this adapter has no reader"
