#!/usr/bin/env python3
"""A small adapter for the SDK's tests: `Name;Score/Max` tables after an `example;v1` line."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from gradeport_adapter import Adapter, Detection, Export, Fatal  # noqa: E402

adapter = Adapter("example", "Example table", "2.1", [Export("table", "example;v1 tables", [".txt"])])


@adapter.sniffer
def sniff(path, head):
    if head.startswith(b"example;v1"):
        return Detection(80, "table", "first line example;v1")
    return None


@adapter.reader
def read(path, export, out):
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    if not lines or lines[0] != "example;v1":
        raise Fatal("not an example table", line=1, column=1)
    print("this goes to standard error, not into the protocol")
    title, _, maximum = lines[1].split(";")[1].partition("/")
    out.assessment("a", title, max_score=maximum, at=out.at(2, 2))
    for number, line in enumerate(lines[2:], start=3):
        if line == "boom":
            raise RuntimeError("row %d exploded" % number)
        name, score = line.split(";")
        family, given = name.split(" ")
        out.row()
        out.person(name, family_name=family, given_name=given, at=out.at(number))
        if score == "н":
            out.result(name, "a", status="absent", raw=score, at=out.at(number, 2))
        elif score:
            out.result(name, "a", score=score, raw=score, at=out.at(number, 2))


if __name__ == "__main__":
    adapter.main()
